// A feature's contribution to the API: its SDL and its resolvers, typed by the resolver types codegen derives from
// the whole schema (src/generated/graphql.ts, mapped to our context and the engine's objects in codegen.ts).
import type { Resolvers } from '../generated/graphql.ts';

export interface GraphQLModule {
  name: string;
  typeDefs: string;
  resolvers: Resolvers;
}
