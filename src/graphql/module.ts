// A feature's contribution to the API: its SDL and its resolvers.
// biome-ignore lint/suspicious/noExplicitAny: resolver maps are heterogeneous by nature.
export type ResolverMap = Record<string, Record<string, any>>;

export interface GraphQLModule {
  name: string;
  typeDefs: string;
  resolvers: ResolverMap;
}
