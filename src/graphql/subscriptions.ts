// Live graph updates: graphUpdates(userId) over graphql-ws, fed from the event bus through a bounded queue.
import { authorizeUser } from '../auth/index.ts';
import { boundedSubscription, type GraphUpdate, GraphUpdateKind } from '../events/index.ts';
import type { GraphQLModule } from './module.ts';

/** WebSocket close code for a subscriber whose queue overflowed (4000-4999 are for applications). */
export const SUBSCRIBER_TOO_SLOW = { code: 4008, reason: 'subscriber too slow' } as const;

export const subscriptionsModule: GraphQLModule = {
  name: 'subscriptions',
  typeDefs: /* GraphQL */ `
    "What changed in a user's graph."
    enum GraphUpdateKind {
      ${Object.keys(GraphUpdateKind).join('\n      ')}
    }

    """
    One change to a user's graph, published after the transaction that made it committed.
    entity, fact and episode carry the node's own fields (not its relationships); they are null for deletions.
    """
    type GraphUpdate {
      kind: GraphUpdateKind!
      userId: ID!
      "Per user and strictly increasing across all server instances: a gap means a missed update."
      sequence: Int!
      timestamp: DateTime!
      "Id of the changed entity, fact or episode (the user id for USER_ERASED)."
      nodeId: ID!
      entity: Entity
      fact: Fact
      episode: Episode
      "For ENTITY_MERGED: the id of the entity merged into nodeId (and deleted)."
      mergedFromId: ID
    }

    type Subscription {
      "Every change to this user's graph, from any path (ingest, CRUD, edits, forgetting), as it commits."
      graphUpdates(userId: ID!): GraphUpdate!
    }
  `,
  resolvers: {
    Subscription: {
      graphUpdates: {
        subscribe(_, args, context) {
          authorizeUser(context.viewer, args.userId);
          const { services } = context;
          return boundedSubscription({
            bus: services.events,
            userId: args.userId,
            capacity: services.config.SUBSCRIPTION_BUFFER,
            stallMs: services.config.SUBSCRIPTION_STALL_MS,
            observer: services.metrics?.subscriptions,
            onOverflow: () => {
              context.logger.warn({ userId: args.userId }, 'closing a subscriber that fell behind');
              context.closeConnection?.(SUBSCRIBER_TOO_SLOW.code, SUBSCRIBER_TOO_SLOW.reason);
            },
          });
        },
        resolve: (update: GraphUpdate) => update,
      },
    },
  },
};
