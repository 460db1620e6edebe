// The one copy of graphql-js that the schema and the libraries (Apollo, graphql-ws, @neo4j/graphql) share.
import { createRequire } from 'node:module';

/**
 * graphql-js refuses a schema "from another module or realm", and graphql-ws tells errors apart with instanceof.
 * The libraries load graphql's CommonJS build; under plain Node so does an ES import, but vitest or a bundler hands
 * our ES modules graphql's separate .mjs build. Code that builds errors or validates against the schema uses this.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof import('graphql');
