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
        // What our resolvers return where that is the engine's own object rather than the API's shape. Entities,
        // facts and episodes are plain node properties (src/memory/projections.ts); @neo4j/graphql resolves the rest.
        mapperTypeSuffix: 'Model',
        mappers: {
          Entity: 'Record<string, unknown>',
          Fact: 'Record<string, unknown>',
          Episode: 'Record<string, unknown>',
          IngestResult: '../memory/ingest/index.ts#IngestResult',
          MemoryItem: '../memory/recall/index.ts#MemoryItem',
          RagAnswer: '../memory/rag/index.ts#RagAnswer',
          LlmUsage: '../llm/index.ts#LlmUsage',
          GraphUpdate: '../events/index.ts#GraphUpdate',
        },
      },
    },
  },
};

export default config;
