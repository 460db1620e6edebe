// Constraints and indexes of the persona graph, created idempotently at startup.
import type { Driver, Session } from 'neo4j-driver';
import { withSession } from './sessions.ts';

/** Names of the search indexes, used by memory/recall. */
export const IndexNames = {
  entityFulltext: 'entity_fulltext',
  entityKeys: 'entity_keys',
  factFulltext: 'fact_text_en',
  episodeFulltext: 'episode_text_en',
  entityVector: 'entity_embedding',
  factVector: 'fact_embedding',
  episodeVector: 'episode_embedding',
} as const;

const CONSTRAINTS = [
  'CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT episode_id IF NOT EXISTS FOR (n:Episode) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE',
  // One episode per (user, sourceRef or content hash): makes re-ingest a no-op even under races.
  'CREATE CONSTRAINT episode_dedup IF NOT EXISTS FOR (n:Episode) REQUIRE (n.userId, n.dedupKey) IS UNIQUE',
  // One entity per (user, normalised name): the database itself refuses a duplicate.
  'CREATE CONSTRAINT entity_norm_name IF NOT EXISTS FOR (n:Entity) REQUIRE (n.userId, n.normName) IS UNIQUE',
];

const RANGE_INDEXES = [
  'CREATE INDEX episode_user IF NOT EXISTS FOR (n:Episode) ON (n.userId, n.occurredAt)',
  // A composite index serves only predicates on all its properties: `(ep:Episode {userId: $u})` alone (the
  // generated CRUD, erasure, recall's exact scan) needs its own, or it scans every user's episodes.
  'CREATE INDEX episode_by_user IF NOT EXISTS FOR (n:Episode) ON (n.userId)',
  'CREATE INDEX entity_user IF NOT EXISTS FOR (n:Entity) ON (n.userId)',
  'CREATE INDEX fact_user IF NOT EXISTS FOR (n:Fact) ON (n.userId)',
  'CREATE INDEX fact_user_predicate IF NOT EXISTS FOR (n:Fact) ON (n.userId, n.predicate)',
  // Ingest finds a fact the user already holds (same subject, predicate, object) by its key (src/memory/ingest).
  'CREATE INDEX fact_user_key IF NOT EXISTS FOR (n:Fact) ON (n.userId, n.factKey)',
  // The forgetting pass pages through one user's nodes by id (src/memory/forgetting-pass/queries.ts).
  'CREATE INDEX episode_user_id IF NOT EXISTS FOR (n:Episode) ON (n.userId, n.id)',
  'CREATE INDEX entity_user_id IF NOT EXISTS FOR (n:Entity) ON (n.userId, n.id)',
  'CREATE INDEX fact_user_id IF NOT EXISTS FOR (n:Fact) ON (n.userId, n.id)',
  // The ingest queue: every instance looks for PENDING episodes, then at one user's (src/memory/ingest-worker).
  'CREATE INDEX episode_status IF NOT EXISTS FOR (n:Episode) ON (n.status)',
  'CREATE INDEX episode_user_status IF NOT EXISTS FOR (n:Episode) ON (n.userId, n.status)',
  // Recall reads a turn's neighbours in its conversation (src/memory/recall/recall-query.ts).
  'CREATE INDEX episode_conversation IF NOT EXISTS FOR (n:Episode) ON (n.userId, n.conversationId, n.turn)',
  // Recall's vector cache reads the vectors a user gained since it loaded them (src/memory/vector-cache.ts).
  'CREATE INDEX episode_user_vseq IF NOT EXISTS FOR (n:Episode) ON (n.userId, n.vseq)',
  'CREATE INDEX fact_user_vseq IF NOT EXISTS FOR (n:Fact) ON (n.userId, n.vseq)',
  'CREATE INDEX entity_user_vseq IF NOT EXISTS FOR (n:Entity) ON (n.userId, n.vseq)',
  // Ingest finds a user's entities made through the generated CRUD, which lack its keys, by their mark
  // (src/memory/ingest): a seek, where `normName IS NULL` (never indexed) scanned all of the user's entities.
  'CREATE INDEX entity_user_unkeyed IF NOT EXISTS FOR (n:Entity) ON (n.userId, n.unkeyed)',
];

// `tenant` (a hash of userId, one token) is indexed with the text so a fulltext query can be scoped to one user.
// Episodes and facts use Lucene's English analyzer (possessives, stop words, Porter stemming): "hiking" finds
// "hike". An episode is found by its own words, its neighbouring turns (`context`), the facts extracted from it
// (`factKeys`) and its speaker; recall weighs those fields (src/memory/recall/search-config.ts).
const ENGLISH = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }";
// Entity keys (normalised name and aliases, whole values under the keyword analyzer): an exact lookup by any key.
// Lucene indexes each element of the aliasKeys list, which no range index does, so "is any of these a name or an
// alias of one of the user's entities" is an index seek instead of a scan of the user's entities.
const KEYWORD = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }";
const FULLTEXT_INDEXES = [
  `CREATE FULLTEXT INDEX ${IndexNames.entityKeys} IF NOT EXISTS FOR (n:Entity) ON EACH [n.tenant, n.normName, n.aliasKeys] ${KEYWORD}`,
  `CREATE FULLTEXT INDEX ${IndexNames.entityFulltext} IF NOT EXISTS FOR (n:Entity) ON EACH [n.tenant, n.name, n.aliasText, n.summary]`,
  `CREATE FULLTEXT INDEX ${IndexNames.factFulltext} IF NOT EXISTS FOR (n:Fact) ON EACH [n.tenant, n.statement] ${ENGLISH}`,
  `CREATE FULLTEXT INDEX ${IndexNames.episodeFulltext} IF NOT EXISTS FOR (n:Episode) ON EACH [n.tenant, n.content, n.context, n.factKeys, n.speaker] ${ENGLISH}`,
];

/** Indexes of earlier versions that newer ones replace (dropped at startup; Neo4j rebuilds the new ones). */
const REPLACED_INDEXES = ['DROP INDEX fact_fulltext IF EXISTS', 'DROP INDEX episode_fulltext IF EXISTS'];

function vectorIndex(name: string, label: string, dimensions: number): string {
  return `CREATE VECTOR INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON n.embedding
    OPTIONS { indexConfig: { \`vector.dimensions\`: ${dimensions}, \`vector.similarity_function\`: 'cosine' } }`;
}

// Several processes starting on a fresh database race to create the same indexes; Neo4j then reports a
// transient deadlock for one of them, which goes away when retried.
async function runRetryingTransient<T>(run: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = String((error as { code?: string }).code ?? '');
      if (attempt >= attempts || !code.startsWith('Neo.TransientError')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    }
  }
}

/** Creates every constraint and index if missing, then waits for them to come online. */
export async function ensureGraphSchema(
  driver: Driver,
  options: { database?: string; embeddingDimensions: number },
) {
  const statements = [
    ...CONSTRAINTS,
    ...RANGE_INDEXES,
    ...REPLACED_INDEXES,
    ...FULLTEXT_INDEXES,
    vectorIndex(IndexNames.entityVector, 'Entity', options.embeddingDimensions),
    vectorIndex(IndexNames.factVector, 'Fact', options.embeddingDimensions),
    vectorIndex(IndexNames.episodeVector, 'Episode', options.embeddingDimensions),
  ];
  // Auto-commit statements: schema changes, and the backfill's CALL { ... } IN TRANSACTIONS.
  await withSession({ driver, database: options.database }, async (session) => {
    for (const statement of statements) await runRetryingTransient(() => session.run(statement));
    await session.run('CALL db.awaitIndexes(60)');
    for (const migration of MIGRATIONS) await runRetryingTransient(() => migrateOnce(session, migration));
  });
}

/** A one-off change to stored data, run once per database: a marker node remembers it, so later starts skip it. */
interface Migration {
  name: string;
  statement: string;
}

const MIGRATIONS: Migration[] = [
  // Episodes stored before the ingest queue existed were all extracted.
  {
    name: 'episode-status',
    statement: `MATCH (ep:Episode) WHERE ep.status IS NULL
      CALL (ep) { SET ep.status = 'PROCESSED' } IN TRANSACTIONS OF 10000 ROWS`,
  },
  // Entities made through the generated CRUD before it marked them (see entity_user_unkeyed).
  {
    name: 'entity-unkeyed',
    statement: `MATCH (n:Entity) WHERE n.normName IS NULL AND n.unkeyed IS NULL
      CALL (n) { SET n.unkeyed = true } IN TRANSACTIONS OF 10000 ROWS`,
  },
];

async function migrateOnce(session: Session, migration: Migration): Promise<void> {
  const done = await session.run('MATCH (m:SchemaMigration {name: $name}) RETURN m', {
    name: migration.name,
  });
  if (done.records.length > 0) return;
  await session.run(migration.statement);
  await session.run('MERGE (m:SchemaMigration {name: $name}) ON CREATE SET m.at = datetime()', {
    name: migration.name,
  });
}

/** True when every index the API relies on exists and is online (for /readyz). */
export async function isGraphSchemaReady(driver: Driver, database?: string): Promise<boolean> {
  const names = Object.values(IndexNames);
  const { records } = await driver.executeQuery(
    'SHOW INDEXES YIELD name, state WHERE name IN $names RETURN count(*) AS online, collect(state) AS states',
    { names },
    { database },
  );
  const states = (records[0]?.get('states') ?? []) as string[];
  return states.length === names.length && states.every((s) => s === 'ONLINE');
}
