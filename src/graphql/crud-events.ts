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
