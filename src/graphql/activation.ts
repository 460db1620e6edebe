// The forgetting pass on demand (with a dry run) and pinning: thin resolvers over src/memory/forgetting-pass and src/memory/activation.
import { authorizeUser } from '../auth/index.ts';
import { pinAndAnnounce } from '../memory/activation/index.ts';
import { forgetPolicyFromConfig, runForgettingPass } from '../memory/forgetting-pass/index.ts';
import type { GraphQLModule } from './module.ts';

export const activationModule: GraphQLModule = {
  name: 'activation',
  typeDefs: /* GraphQL */ `
    "Counts of one kind of change, with the ids affected (at most 100 per list; see ForgetReport.idsTruncated)."
    type ForgetChanges {
      entities: Int!
      facts: Int!
      "Episodes are never archived; they are deleted when the memories that used them are all deleted."
      episodes: Int!
      entityIds: [ID!]!
      factIds: [ID!]!
      episodeIds: [ID!]!
    }

    type ForgetCounts {
      entities: Int!
      facts: Int!
      episodes: Int!
    }

    "What a forgetting pass did, or on a dry run would do."
    type ForgetReport {
      dryRun: Boolean!
      userId: ID!
      ranAt: DateTime!
      "Activation below which memories are archived."
      archiveBelow: Float!
      "Activation below which memories are deleted."
      deleteBelow: Float!
      "Days an archived memory is kept before it is deleted."
      retentionDays: Float!
      scanned: ForgetCounts!
      archived: ForgetChanges!
      deleted: ForgetChanges!
      "True when more ids changed than the lists hold; the counts are always complete."
      idsTruncated: Boolean!
    }

    "An entity or fact whose pin was set."
    type PinResult {
      id: ID!
      "entity or fact"
      kind: String!
      pinned: Boolean!
      archived: Boolean!
      activation: Float
    }

    type Mutation {
      "Runs the forgetting pass for one user now. With dryRun it changes nothing and reports what it would do."
      forgetMemories(userId: ID!, dryRun: Boolean = false): ForgetReport!
      "Pins (never decays, never archived or deleted) or unpins an entity or fact. Counts as a use."
      pinMemory(userId: ID!, id: ID!, pinned: Boolean!): PinResult!
    }
  `,
  resolvers: {
    Mutation: {
      async forgetMemories(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        const { services } = context;
        const report = await runForgettingPass(services, {
          userId: args.userId,
          now: services.now(),
          // A client may send an explicit null, which the default does not replace.
          dryRun: args.dryRun ?? false,
          policy: forgetPolicyFromConfig(services.config),
        });
        return {
          ...report,
          // The pass ran for this one user (the engine's report says null for a pass over every user).
          userId: args.userId,
          ranAt: report.ranAt.toISOString(),
          archiveBelow: report.policy.archiveBelow,
          deleteBelow: report.policy.deleteBelow,
          retentionDays: report.policy.retentionDays,
        };
      },
      async pinMemory(_, args, context) {
        authorizeUser(context.viewer, args.userId);
        const pin = await pinAndAnnounce(context.services, args);
        return {
          id: pin.id,
          kind: pin.kind,
          pinned: Boolean(pin.node.pinned),
          archived: Boolean(pin.node.archived),
          activation: (pin.node.activation as number | null | undefined) ?? null,
        };
      },
    },
  },
};
