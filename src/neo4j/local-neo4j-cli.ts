// `npm run neo4j`: runs the local Neo4j alone (for Neo4j Browser-less poking with cypher-shell or the API's NEO4J_URI).
import { loadConfig } from '../config/index.ts';
import { localNeo4jSettings, startLocalNeo4j } from './local-neo4j.ts';

const config = loadConfig();
const port = Number(process.argv[2] ?? 7687);
const neo4j = await startLocalNeo4j({
  ...localNeo4jSettings(config),
  port,
  log: console.log,
});
console.log(`Neo4j is up at ${neo4j.uri} (data in ${neo4j.dataDir}); Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void neo4j.stop().then(() => process.exit(0)));
}
