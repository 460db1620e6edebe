// The schema patch that makes @neo4j/graphql's generated create/update/delete mutations announce what they changed
// (the reads, reinforcement and publishing are memory/edit/crud-changes.ts).
import {
  execute,
  type FieldNode,
  type GraphQLFieldResolver,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  parse,
  print,
  type SelectionNode,
} from 'graphql';
import { BadUserInputError } from '../errors/index.ts';
import { announceCreated, announceDeleted, announceUpdated, type CrudLabel } from '../memory/edit/index.ts';
import type { GraphQLContext } from './context.ts';

interface NodeType {
  label: CrudLabel;
  /** The generated plural, e.g. entities (the response field and the query name). */
  plural: string;
}

const NODE_TYPES: NodeType[] = [
  { label: 'Entity', plural: 'entities' },
  { label: 'Fact', plural: 'facts' },
  { label: 'Episode', plural: 'episodes' },
];

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The nested alias under which the wrapper reads each created node's id; the client never sees it. */
const CREATED_ID = 'persona_crudEventsId';

type Selections = readonly SelectionNode[];

/** Fields of the selections grouped by response key, through fragments, leaving out @skip/@include'd ones. */
function collectFields(
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
function withCreatedIds(
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

/** Ids and userIds the generated query finds for a `where`, read with the caller's own rights before a delete. */
async function matchedNodes(
  schema: GraphQLSchema,
  type: NodeType,
  where: unknown,
  context: GraphQLContext,
): Promise<Array<{ id: string; userId: string }>> {
  const document = parse(
    `query ($where: ${type.label}Where) { nodes: ${type.plural}(where: $where) { id userId } }`,
  );
  const result = await execute({
    schema,
    document,
    variableValues: { where: where ?? null },
    contextValue: { ...context, requestCache: new Map() },
  });
  if (result.errors?.length) throw result.errors[0];
  return (result.data?.nodes ?? []) as Array<{ id: string; userId: string }>;
}

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;

/**
 * Wraps the generated Mutation resolvers of Entity, Fact and Episode in place. A resolver that returns has
 * committed its transaction (a failed one throws and publishes nothing). Nested creates and deletes inside a
 * mutation's input are not announced; only the top-level nodes are.
 */
export function announceCrudChanges(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType() as GraphQLObjectType | null | undefined;
  if (!mutation) return schema;
  const fields = mutation.getFields();
  for (const type of NODE_TYPES) {
    const name = capitalise(type.plural);
    const create = fields[`create${name}`];
    if (create?.resolve) {
      const generated = create.resolve as Resolver;
      create.resolve = async (source, args, context, info) => {
        const patched = withCreatedIds(info, type.plural);
        const result = (await generated(source, args, context, patched.info)) as Record<string, unknown>;
        const created = (result?.[patched.key] ?? []) as Array<Record<string, string>>;
        // The same nodes, under each further name the client selected them by (its fields were merged in).
        for (const copy of patched.copies) result[copy] = created;
        await announceCreated(
          context.services,
          type.label,
          created.map((n) => n[CREATED_ID]!),
        );
        return result;
      };
    }
    // An update's targets are read first, with the caller's rights: its response may not list them by id.
    const update = fields[`update${name}`];
    if (update?.resolve) {
      const generated = update.resolve as Resolver;
      update.resolve = async (source, args, context, info) => {
        const targets = await matchedNodes(schema, type, (args as { where?: unknown }).where, context);
        const result = await generated(source, args, context, info);
        await announceUpdated(context.services, type.label, targets);
        return result;
      };
    }
    const remove = fields[`delete${name}`];
    if (remove?.resolve) {
      const generated = remove.resolve as Resolver;
      remove.resolve = async (source, args, context, info) => {
        const doomed = await matchedNodes(schema, type, (args as { where?: unknown }).where, context);
        const result = await generated(source, args, context, info);
        await announceDeleted(context.services, type.label, doomed);
        return result;
      };
    }
  }
  return schema;
}
