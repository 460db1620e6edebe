// GraphQL Code Generator: TypeScript types for the whole API (as @neo4j/graphql generates it) and its resolvers.
// `npm run codegen` first prints the schema to schema/generated/schema.graphql (committed, for reviewers),
// then generates src/generated/graphql.ts from it. CI fails when either is stale (`npm run codegen:check`).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/generated/schema.graphql',
  documents: ['examples/**/*.graphql', 'src/cli/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers', 'typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', BigInt: 'number' },
        contextType: '../graphql/context.ts#GraphQLContext',
      },
    },
  },
};

export default config;
