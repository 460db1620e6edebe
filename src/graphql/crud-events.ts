// The schema patch that makes @neo4j/graphql's generated create/update/delete mutations announce what they changed
// (the reads, reinforcement and publishing are memory/edit/crud-changes.ts).
import {
  execute,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  parse,
} from 'graphql';
import { announceCreated, announceDeleted, announceUpdated, type CrudLabel } from '../memory/edit/index.ts';
import type { GraphQLContext } from './context.ts';
import {
  byLabel,
  connectedNodes,
  deletedOf,
  hasPaths,
  type NodeRef,
  nestedPlan,
  nodesOnPaths,
} from './crud-nested.ts';
import { CREATED_ID, withCreatedIds } from './crud-selection.ts';

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

/** Announces nested nodes a mutation created (new on its paths) and deleted (seen before, gone now). */
async function announceNested(
  context: GraphQLContext,
  created: NodeRef[],
  deleted: NodeRef[],
): Promise<void> {
  for (const [label, nodes] of byLabel(created))
    await announceCreated(
      context.services,
      label,
      nodes.map((n) => n.id),
    );
  for (const [label, nodes] of byLabel(deleted)) await announceDeleted(context.services, label, nodes);
}

/**
 * Wraps the generated Mutation resolvers of Entity, Fact and Episode in place. A resolver that returns has
 * committed its transaction (a failed one throws and publishes nothing). Nodes created or deleted inside a
 * mutation's input are announced too (crud-nested.ts finds them).
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
        const nested = nestedPlan(type.label, { input: (args as { input?: unknown }).input });
        const connected = hasPaths(nested)
          ? await connectedNodes(schema, context, nested)
          : new Set<string>();
        const patched = withCreatedIds(info, type.plural);
        const result = (await generated(source, args, context, patched.info)) as Record<string, unknown>;
        const created = (result?.[patched.key] ?? []) as Array<Record<string, string>>;
        // The same nodes, under each further name the client selected them by (its fields were merged in).
        for (const copy of patched.copies) result[copy] = created;
        const ids = created.map((n) => n[CREATED_ID]!);
        const below = await nodesOnPaths(schema, context, type.label, ids, nested);
        // Nested nodes first: a fact's new subject exists before the fact is announced.
        await announceNested(
          context,
          [...below.values()].filter((n) => !connected.has(n.id)),
          [],
        );
        await announceCreated(context.services, type.label, ids);
        return result;
      };
    }
    // An update's targets are read first, with the caller's rights: its response may not list them by id.
    const update = fields[`update${name}`];
    if (update?.resolve) {
      const generated = update.resolve as Resolver;
      update.resolve = async (source, args, context, info) => {
        const { where, update: changes } = args as { where?: unknown; update?: unknown };
        const targets = await matchedNodes(schema, type, where, context);
        const ids = targets.map((n) => n.id);
        const nested = nestedPlan(type.label, { update: changes });
        const before = await nodesOnPaths(schema, context, type.label, ids, nested);
        const connected = hasPaths(nested)
          ? await connectedNodes(schema, context, nested)
          : new Set<string>();
        const result = await generated(source, args, context, info);
        const after = await nodesOnPaths(schema, context, type.label, ids, nested);
        const created = [...after.values()].filter((n) => !before.has(n.id) && !connected.has(n.id));
        const deleted = await deletedOf(
          schema,
          context,
          [...before.values()].filter((n) => !after.has(n.id)),
        );
        await announceNested(context, created, []);
        await announceUpdated(context.services, type.label, targets);
        await announceNested(context, [], deleted);
        return result;
      };
    }
    const remove = fields[`delete${name}`];
    if (remove?.resolve) {
      const generated = remove.resolve as Resolver;
      remove.resolve = async (source, args, context, info) => {
        const { where, delete: nestedDeletes } = args as { where?: unknown; delete?: unknown };
        const doomed = await matchedNodes(schema, type, where, context);
        const nested = nestedPlan(type.label, { delete: nestedDeletes });
        const before = await nodesOnPaths(
          schema,
          context,
          type.label,
          doomed.map((n) => n.id),
          nested,
        );
        const result = await generated(source, args, context, info);
        await announceDeleted(context.services, type.label, doomed);
        await announceNested(context, [], await deletedOf(schema, context, before.values()));
        return result;
      };
    }
  }
  return schema;
}
