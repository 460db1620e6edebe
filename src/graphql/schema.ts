// Builds the executable schema: @neo4j/graphql's CRUD from schema/*.graphql merged with the feature modules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/index.ts';
import { announceCrudChanges } from './crud-events.ts';
import { modules } from './modules.ts';

const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

/** The persona graph SDL from schema/ (every .graphql file, in name order). */
export function readGraphSdl(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}

export interface BuildSchemaOptions {
  driver: Driver;
  config: Pick<Config, 'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'NEO4J_DATABASE'>;
}

export async function buildSchema(options: BuildSchemaOptions): Promise<GraphQLSchema> {
  const typeDefs = [readGraphSdl(), ...modules.map((m) => m.typeDefs)].join('\n');
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver: options.driver,
    // @neo4j/graphql merges a list of resolver maps itself.
    resolvers: modules.map((m) => m.resolvers),
    features: {
      // Tokens are verified by our own auth layer (server/), which hands @neo4j/graphql the decoded claims.
      authorization: { key: 'verified-upstream' },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        attributeFilters: true,
        relationshipFilters: true,
      },
    },
  });
  // The generated mutations announce what they changed, like every other path that writes the graph.
  return announceCrudChanges(await neoSchema.getSchema());
}
