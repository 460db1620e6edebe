// Graph updates for @neo4j/graphql's generated create/update/delete mutations, published after they commit.
import type {
  FieldNode,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';
import { type GraphChange, type GraphUpdateKind, GraphUpdateKind as Kind } from '../events/index.ts';
import { entityProjection, factProjection } from '../memory/forget/memory-projection.ts';
import { reinforce } from '../memory/forget/reinforce.ts';
import { episodeProjection } from '../memory/ingest/write.ts';
import { graphqlRuntime } from '../server/graphql-runtime.ts';
import type { GraphQLContext } from './context.ts';

const graphql = graphqlRuntime;

interface NodeType {
  label: 'Entity' | 'Fact' | 'Episode';
  /** The generated plural, e.g. entities (the response field and the query name). */
  plural: string;
  key: 'entity' | 'fact' | 'episode';
  projection: (alias: string) => string;
  created: GraphUpdateKind;
  updated: GraphUpdateKind;
  deleted: GraphUpdateKind;
}

const NODE_TYPES: NodeType[] = [
  {
    label: 'Entity',
    plural: 'entities',
    key: 'entity',
    projection: entityProjection,
    created: Kind.ENTITY_CREATED,
    updated: Kind.ENTITY_UPDATED,
    deleted: Kind.ENTITY_DELETED,
  },
  {
    label: 'Fact',
    plural: 'facts',
    key: 'fact',
    projection: factProjection,
    created: Kind.FACT_CREATED,
    updated: Kind.FACT_UPDATED,
    deleted: Kind.FACT_DELETED,
  },
  {
    label: 'Episode',
    plural: 'episodes',
    key: 'episode',
    projection: episodeProjection,
    // An episode made by hand is announced like an ingested one: it is new input in the user's graph.
    created: Kind.EPISODE_INGESTED,
    updated: Kind.EPISODE_UPDATED,
    deleted: Kind.EPISODE_DELETED,
  },
];

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const readNodes = (type: NodeType) =>
  `UNWIND $ids AS id MATCH (n:${type.label} {id: id}) RETURN ${type.projection('n')} AS node`;

/**
 * The mutation's selection made to return the created nodes' ids whatever the client chose: `id` is added to the
 * client's own `<plural> { … }` selection, or `<plural> { id }` is added when it has none. (@neo4j/graphql
 * returns nothing when one response field is selected twice under different aliases, so no hidden alias.)
 * Returns the patched info and the response key the ids come back under.
 */
function withCreatedIds(info: GraphQLResolveInfo, plural: string): { info: GraphQLResolveInfo; key: string } {
  const field = info.fieldNodes[0]!;
  const idField = (graphql.parse('{ id }').definitions[0] as OperationDefinitionNode).selectionSet
    .selections[0]!;
  const selections = [...(field.selectionSet?.selections ?? [])];
  let key = plural;
  const index = selections.findIndex((s) => s.kind === graphql.Kind.FIELD && s.name.value === plural);
  if (index >= 0) {
    const own = selections[index] as FieldNode;
    key = own.alias?.value ?? plural;
    const inner = own.selectionSet?.selections ?? [];
    selections[index] = {
      ...own,
      selectionSet: { kind: graphql.Kind.SELECTION_SET, selections: [...inner, idField] },
    } as FieldNode;
  } else {
    selections.push(
      (graphql.parse(`{ ${plural} { id } }`).definitions[0] as OperationDefinitionNode).selectionSet
        .selections[0]!,
    );
  }
  const fieldNode = { ...field, selectionSet: { kind: graphql.Kind.SELECTION_SET, selections } } as FieldNode;
  return { info: { ...info, fieldNodes: [fieldNode, ...info.fieldNodes.slice(1)] }, key };
}

async function publishNodes(context: GraphQLContext, type: NodeType, kind: GraphUpdateKind, ids: string[]) {
  if (ids.length === 0) return;
  const { driver, database, events } = context.services;
  const { records } = await driver.executeQuery(readNodes(type), { ids }, { database });
  const changes: GraphChange[] = records.map((r) => {
    const node = r.get('node') as Record<string, unknown>;
    return { kind, userId: node.userId as string, nodeId: node.id as string, [type.key]: node };
  });
  await events.publish(changes);
}

/** A hand edit is a use: updated entities and facts are reinforced (after the update committed, in their own transaction). */
async function reinforceEdited(
  context: GraphQLContext,
  type: NodeType,
  nodes: Array<{ id: string; userId: string }>,
): Promise<void> {
  if (type.label === 'Episode' || nodes.length === 0) return;
  const { driver, database } = context.services;
  const byUser = new Map<string, Array<{ id: string }>>();
  for (const node of nodes) byUser.set(node.userId, [...(byUser.get(node.userId) ?? []), node]);
  const session = driver.session({ database });
  try {
    for (const [userId, owned] of byUser) {
      const ids = owned.map((n) => n.id);
      await session.executeWrite((tx) =>
        reinforce(tx, {
          userId,
          entityIds: type.label === 'Entity' ? ids : [],
          factIds: type.label === 'Fact' ? ids : [],
          now: context.services.now(),
        }),
      );
    }
  } finally {
    await session.close();
  }
}

/** Ids and userIds the generated query finds for a `where`, read with the caller's own rights before a delete. */
async function matchedNodes(
  schema: GraphQLSchema,
  type: NodeType,
  where: unknown,
  context: GraphQLContext,
): Promise<Array<{ id: string; userId: string }>> {
  const document = graphql.parse(
    `query ($where: ${type.label}Where) { nodes: ${type.plural}(where: $where) { id userId } }`,
  );
  const result = await graphql.execute({
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
export function publishCrudEvents(schema: GraphQLSchema): GraphQLSchema {
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
        const created = (result?.[patched.key] ?? []) as Array<{ id: string }>;
        await publishNodes(
          context,
          type,
          type.created,
          created.map((n) => n.id),
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
        await reinforceEdited(context, type, targets);
        await publishNodes(
          context,
          type,
          type.updated,
          targets.map((n) => n.id),
        );
        return result;
      };
    }
    const remove = fields[`delete${name}`];
    if (remove?.resolve) {
      const generated = remove.resolve as Resolver;
      remove.resolve = async (source, args, context, info) => {
        const doomed = await matchedNodes(schema, type, (args as { where?: unknown }).where, context);
        const result = await generated(source, args, context, info);
        await context.services.events.publish(
          doomed.map((n) => ({ kind: type.deleted, userId: n.userId, nodeId: n.id })),
        );
        return result;
      };
    }
  }
  return schema;
}
