// Hand edits that must keep the graph's invariants: merge entities, forget an entity or fact, erase a user.
import { authorizeUser } from '../auth/index.ts';
import {
  type DeletedNodes,
  deleteAndAnnounce,
  eraseAndAnnounce,
  mergeAndAnnounce,
} from '../memory/edit/index.ts';
import type { GraphQLContext } from './context.ts';
import type { GraphQLModule } from './module.ts';

function counts(deleted: DeletedNodes) {
  return {
    entities: deleted.entityIds.length,
    facts: deleted.factIds.length,
    episodes: deleted.episodeIds.length,
    relationships: deleted.relationships,
    entityIds: deleted.entityIds,
    factIds: deleted.factIds,
    episodeIds: deleted.episodeIds,
  };
}

async function forget(
  kind: 'entity' | 'fact',
  args: { userId: string; id: string; deleteEpisodes: boolean },
  context: GraphQLContext,
) {
  authorizeUser(context.viewer, args.userId);
  const deleted = await deleteAndAnnounce(context.services, kind, {
    userId: args.userId,
    id: args.id,
    // A client may send an explicit null, which the default does not replace.
    deleteEpisodes: args.deleteEpisodes ?? false,
  });
  return counts(deleted);
}

export const editsModule: GraphQLModule = {
  name: 'edits',
  typeDefs: /* GraphQL */ `
    "What a hand deletion removed."
    type RemovedCounts {
      entities: Int!
      facts: Int!
      episodes: Int!
      relationships: Int!
      entityIds: [ID!]!
      factIds: [ID!]!
      episodeIds: [ID!]!
    }

    "What erasing a user removed."
    type ErasedCounts {
      "1 when the User node existed, else 0."
      users: Int!
      entities: Int!
      facts: Int!
      episodes: Int!
      relationships: Int!
    }

    type Mutation {
      """
      Merges entity mergeId into keepId: its facts, mentions and names (as aliases) move to keepId, and mergeId is
      deleted. One transaction. Counts as a use of the kept entity.
      """
      mergeEntities(userId: ID!, keepId: ID!, mergeId: ID!): Entity!
      "Deletes an entity and every fact about it; with deleteEpisodes, also the episodes nothing else uses."
      forgetEntity(userId: ID!, entityId: ID!, deleteEpisodes: Boolean = false): RemovedCounts!
      "Deletes a fact; with deleteEpisodes, also the episodes nothing else uses."
      forgetFact(userId: ID!, factId: ID!, deleteEpisodes: Boolean = false): RemovedCounts!
      "Deletes every node and relationship of a user (for privacy requests)."
      eraseUser(userId: ID!): ErasedCounts!
    }
  `,
  resolvers: {
    Mutation: {
      async mergeEntities(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        return mergeAndAnnounce(context.services, args);
      },
      forgetEntity: (_, args, context) => forget('entity', { ...args, id: args.entityId }, context),
      forgetFact: (_, args, context) => forget('fact', { ...args, id: args.factId }, context),
      async eraseUser(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        return eraseAndAnnounce(context.services, args.userId);
      },
    },
  },
};
