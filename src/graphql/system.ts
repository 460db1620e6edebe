// Server facts a client can ask for: version and which model provider is active.
import type { GraphQLModule } from './module.ts';

const VERSION = '0.1.0';

export const systemModule: GraphQLModule = {
  name: 'system',
  typeDefs: /* GraphQL */ `
    type ServerInfo {
      version: String!
      "open (no auth, loopback only) or jwt"
      authMode: String!
    }
    type Query {
      serverInfo: ServerInfo!
    }
  `,
  resolvers: {
    Query: {
      serverInfo: (_, __, context) => ({
        version: VERSION,
        authMode: context.viewer.mode === 'open' ? 'open' : 'jwt',
      }),
    },
  },
};
