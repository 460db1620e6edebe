// What a create mutation selects, read the way graphql-js reads it (aliases, fragments, @skip/@include), and the
// one selection @neo4j/graphql can translate that also returns the created ids (used by crud-events.ts).
import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  print,
  type SelectionNode,
} from 'graphql';
import { BadUserInputError } from '../errors/index.ts';

/** The nested alias under which the wrapper reads each created node's id; the client never sees it. */
export const CREATED_ID = 'persona_crudEventsId';

type Selections = readonly SelectionNode[];

/** Fields of the selections grouped by response key, through fragments, leaving out @skip/@include'd ones. */
export function collectFields(
  selections: Selections,
  info: GraphQLResolveInfo,
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of selections) {
    if (!included(selection, info)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet.selections, info, into, visited);
    } else {
      const name = selection.name.value;
      const fragment = info.fragments[name];
      if (!fragment || visited.has(name)) continue;
      visited.add(name);
      collectFields(fragment.selectionSet.selections, info, into, visited);
    }
  }
  return into;
}

function included(node: SelectionNode, info: GraphQLResolveInfo): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}

const shape = (n: FieldNode) => `${n.name.value}(${(n.arguments ?? []).map((a) => print(a)).join()})`;

/** True when fields under one response key disagree (a name or arguments), at any depth. */
function conflicting(selections: Selections, info: GraphQLResolveInfo): boolean {
  for (const nodes of collectFields(selections, info).values()) {
    if (new Set(nodes.map(shape)).size > 1) return true;
    const children = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
    if (conflicting(children, info)) return true;
  }
  return false;
}

const field = (name: string, alias: string | undefined, selections?: Selections): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  ...(alias && alias !== name ? { alias: { kind: Kind.NAME, value: alias } } : {}),
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

/**
 * The mutation's selection as handed to @neo4j/graphql, made to return the created nodes' ids whatever the client
 * chose. @neo4j/graphql translates a create into broken Cypher ("Variable `create_this1` not defined") when the
 * node list is selected under more than one response key, and reads it only from a field written directly in the
 * selection (not from a fragment). So the library is given exactly one direct `<key>: <plural> { … }` field: every
 * selection the client made of the plural (through fragments too) merged, plus the id under a hidden nested alias.
 * Returns the patched info, the key the library answers under and the other keys the client expects the nodes under.
 */
export function withCreatedIds(
  info: GraphQLResolveInfo,
  plural: string,
): { info: GraphQLResolveInfo; key: string; copies: string[] } {
  const top = info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []);
  const byKey = collectFields(top, info);
  const keys = [...byKey].filter(([, nodes]) => nodes.some((n) => n.name.value === plural)).map(([k]) => k);
  const key = keys[0] ?? plural;
  const own = keys.flatMap((k) => byKey.get(k)!).flatMap((n) => n.selectionSet?.selections ?? []);
  if (keys.length > 1 && conflicting(own, info)) {
    throw new BadUserInputError(
      `Select ${plural} under one name, or under names whose fields do not clash, in one create mutation.`,
    );
  }
  // Other fields written directly (info, __typename) are kept; fragments are left out, they may hold the plural.
  const others = top.filter((s) => s.kind === Kind.FIELD && s.name.value !== plural);
  const nodes = field(plural, key, [...own, field('id', CREATED_ID)]);
  const fieldNode: FieldNode = {
    ...info.fieldNodes[0]!,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...others, nodes] },
  };
  return { info: { ...info, fieldNodes: [fieldNode] }, key, copies: keys.slice(1) };
}
