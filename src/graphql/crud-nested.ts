// Nodes that a generated mutation creates or deletes inside its input ("a fact with a new subject entity", "an update
// that deletes a source episode"), found by reading the related nodes through the schema before and after it runs.
//
// @neo4j/graphql reports only counts for nested writes. So the input is walked for the relationship paths it
// creates, connects or deletes along; the nodes on those paths are read (with the caller's rights) before and after;
// a node there afterwards that was neither there before nor matched by a `connect` is new, and one there before that
// no longer exists was deleted. Reads only: no Cypher here.
import { execute, type GraphQLSchema, parse } from 'graphql';
import type { CrudLabel } from '../memory/edit/index.ts';
import type { GraphQLContext } from './context.ts';

/** The relationship fields of each node type and the type they lead to (schema/persona.graphql). */
const RELATIONSHIPS: Record<CrudLabel, Record<string, CrudLabel>> = {
  Entity: { episodes: 'Episode', factsAsSubject: 'Fact', factsAsObject: 'Fact' },
  Fact: { subject: 'Entity', object: 'Entity', invalidatedBy: 'Episode', sources: 'Episode' },
  Episode: { entities: 'Entity', facts: 'Fact' },
};

const PLURAL: Record<CrudLabel, string> = { Entity: 'entities', Fact: 'facts', Episode: 'episodes' };

/** Relationship paths below a node type that a mutation's input writes along. */
interface PathTree {
  [field: string]: { label: CrudLabel; below: PathTree };
}

export interface NestedPlan {
  paths: PathTree;
  /** `connect` (and connectOrCreate) filters: the nodes they match existed before the mutation. */
  connects: Array<{ label: CrudLabel; where: unknown }>;
}

export interface NodeRef {
  label: CrudLabel;
  id: string;
  userId: string;
}

type InputObject = Record<string, unknown>;

const asList = (value: unknown): InputObject[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).filter(
    (item): item is InputObject => typeof item === 'object' && item !== null,
  );

function branch(paths: PathTree, field: string, label: CrudLabel): PathTree {
  paths[field] ??= { label, below: {} };
  return paths[field].below;
}

/** Walks a create or update input (`node` level) of `label`, adding the paths it writes along to `plan`. */
function walkNodeInput(label: CrudLabel, input: unknown, paths: PathTree, plan: NestedPlan): void {
  for (const [field, value] of Object.entries((input ?? {}) as InputObject)) {
    const target = RELATIONSHIPS[label][field];
    if (!target) continue;
    for (const operation of asList(value)) {
      for (const created of asList(operation.create))
        walkNodeInput(target, created.node, branch(paths, field, target), plan);
      for (const connected of asList(operation.connect)) {
        branch(paths, field, target);
        plan.connects.push({ label: target, where: (connected.where as InputObject | undefined)?.node });
      }
      for (const either of asList(operation.connectOrCreate)) {
        branch(paths, field, target);
        plan.connects.push({ label: target, where: (either.where as InputObject | undefined)?.node });
      }
      for (const deleted of asList(operation.delete))
        walkDeleteInput(target, deleted.delete, branch(paths, field, target));
      // A nested update may itself create or delete further down: keep its paths only when it does.
      for (const updated of asList(operation.update)) {
        const below: PathTree = {};
        walkNodeInput(target, updated.node, below, plan);
        if (Object.keys(below).length > 0) Object.assign(branch(paths, field, target), below);
      }
    }
  }
}

/** Walks a `delete` input of `label`: every field named there deletes nodes along it. */
function walkDeleteInput(label: CrudLabel, input: unknown, paths: PathTree): void {
  for (const [field, value] of Object.entries((input ?? {}) as InputObject)) {
    const target = RELATIONSHIPS[label][field];
    if (!target) continue;
    for (const operation of asList(value))
      walkDeleteInput(target, operation.delete, branch(paths, field, target));
  }
}

/** The nested paths a create (`inputs`), update (`update`) or delete (`remove`) mutation writes along. */
export function nestedPlan(
  label: CrudLabel,
  args: { input?: unknown; update?: unknown; delete?: unknown },
): NestedPlan {
  const plan: NestedPlan = { paths: {}, connects: [] };
  for (const input of asList(args.input)) walkNodeInput(label, input, plan.paths, plan);
  if (args.update) walkNodeInput(label, args.update, plan.paths, plan);
  if (args.delete) walkDeleteInput(label, args.delete, plan.paths);
  return plan;
}

export const hasPaths = (plan: NestedPlan) => Object.keys(plan.paths).length > 0;

function selection(paths: PathTree): string {
  return Object.entries(paths)
    .map(([field, { below }]) => `${field} { id userId ${selection(below)} }`)
    .join(' ');
}

async function query(context: GraphQLContext, schema: GraphQLSchema, text: string, variables: InputObject) {
  const result = await execute({
    schema,
    document: parse(text),
    variableValues: variables,
    contextValue: { ...context, requestCache: new Map() },
  });
  if (result.errors?.length) throw result.errors[0];
  return result.data ?? {};
}

/** The nodes on the plan's paths below the given nodes of `label`, read with the caller's rights. */
export async function nodesOnPaths(
  schema: GraphQLSchema,
  context: GraphQLContext,
  label: CrudLabel,
  ids: string[],
  plan: NestedPlan,
): Promise<Map<string, NodeRef>> {
  const found = new Map<string, NodeRef>();
  if (ids.length === 0 || !hasPaths(plan)) return found;
  const data = await query(
    context,
    schema,
    `query ($ids: [ID!]!) { nodes: ${PLURAL[label]}(where: { id: { in: $ids } }) { ${selection(plan.paths)} } }`,
    { ids },
  );
  const collect = (node: InputObject, paths: PathTree) => {
    for (const [field, { label: below, below: deeper }] of Object.entries(paths)) {
      for (const related of asList(node[field])) {
        found.set(related.id as string, {
          label: below,
          id: related.id as string,
          userId: related.userId as string,
        });
        collect(related, deeper);
      }
    }
  };
  for (const node of asList(data.nodes)) collect(node, plan.paths);
  return found;
}

/** Ids of the nodes the plan's `connect` filters match: they existed before the mutation, whatever it links. */
export async function connectedNodes(
  schema: GraphQLSchema,
  context: GraphQLContext,
  plan: NestedPlan,
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const { label, where } of plan.connects) {
    if (where == null) continue;
    const data = await query(
      context,
      schema,
      `query ($where: ${label}Where) { nodes: ${PLURAL[label]}(where: $where) { id } }`,
      { where },
    );
    for (const node of asList(data.nodes)) ids.add(node.id as string);
  }
  return ids;
}

/** Of the nodes seen on the paths before the mutation, those that no longer exist. */
export async function deletedOf(
  schema: GraphQLSchema,
  context: GraphQLContext,
  seen: Iterable<NodeRef>,
): Promise<NodeRef[]> {
  const gone: NodeRef[] = [];
  for (const [label, candidates] of byLabel(seen)) {
    const data = await query(
      context,
      schema,
      `query ($ids: [ID!]!) { nodes: ${PLURAL[label]}(where: { id: { in: $ids } }) { id } }`,
      { ids: candidates.map((node) => node.id) },
    );
    const alive = new Set(asList(data.nodes).map((node) => node.id as string));
    gone.push(...candidates.filter((node) => !alive.has(node.id)));
  }
  return gone;
}

/** Nodes grouped by label, in the order the labels first appear. */
export function byLabel(nodes: Iterable<NodeRef>): Map<CrudLabel, NodeRef[]> {
  const groups = new Map<CrudLabel, NodeRef[]>();
  for (const node of nodes) {
    const group = groups.get(node.label) ?? [];
    group.push(node);
    groups.set(node.label, group);
  }
  return groups;
}
