// Seeds big graphs fast with batched UNWIND, shaped like what src/memory/ingest writes (same labels,
// properties, relationships and tenant token), so recall and forgetting see realistic data.
// Embeddings: the offline provider's hash embedder (src/llm/local-embedding.ts) over each fact's statement, so
// vector search ranks by shared words as it does with the offline provider; not a real model's geometry.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { localEmbedding } from '../../src/llm/local-embedding.ts';
import { tenantOf } from '../../src/memory/tenant.ts';
import { IndexNames } from '../../src/neo4j/index.ts';
import { normalizeName } from '../../src/text/index.ts';

const SEED_USERS = `
UNWIND $userIds AS userId
MERGE (u:User {id: userId}) ON CREATE SET u.createdAt = datetime($now)`;

// One row = one episode, the entity it mentions and the fact drawn from it, for the row's user.
const SEED_ROWS = `
UNWIND $rows AS r
CREATE (ep:Episode {id: r.episodeId, userId: r.userId, tenant: r.tenant, content: r.content, source: 'bench', status: 'PROCESSED',
  sourceRef: r.episodeId, dedupKey: r.episodeId, contentHash: r.episodeId, occurredAt: datetime(r.at),
  ingestedAt: datetime($now), embedding: r.embedding})
MERGE (e:Entity {userId: r.userId, normName: r.normName})
  ON CREATE SET e.id = r.entityId, e.tenant = r.tenant, e.name = r.entity, e.type = r.type, e.aliases = [],
    e.aliasKeys = [], e.aliasText = '', e.summary = null, e.embedding = r.embedding, e.createdAt = datetime($now),
    e.updatedAt = datetime($now), e.accessLog = [r.atMs], e.accessCount = 1, e.lastAccessedAt = datetime(r.at),
    e.activation = 0.0, e.pinned = false, e.archived = false
CREATE (f:Fact {id: r.factId, userId: r.userId, tenant: r.tenant, predicate: r.predicate, objectValue: r.value,
  statement: r.statement, confidence: 0.9, factKey: r.factId, embedding: r.embedding, validFrom: datetime(r.at),
  createdAt: datetime(r.at), updatedAt: datetime(r.at), accessLog: [r.atMs], accessCount: 1,
  lastAccessedAt: datetime(r.at), activation: 0.0, pinned: false, archived: false})
CREATE (f)-[:SUBJECT]->(e)
CREATE (f)-[:FROM_EPISODE]->(ep)
CREATE (ep)-[:MENTIONS]->(e)`;

const TOPICS = [
  ['place', 'lives_in', 'lives in'],
  ['organization', 'works_at', 'works at'],
  ['interest', 'likes', 'likes'],
  ['product', 'owns', 'owns'],
  ['person', 'knows', 'knows'],
  ['habit', 'does', 'regularly does'],
] as const;
const WORDS =
  'river garden violin marathon espresso lisbon bakery kayak museum chess novel jazz hiking pottery tennis yoga salmon harbour orchard bicycle'.split(
    ' ',
  );

/** The text of the i-th seeded fact: varied words so fulltext and vector search have real work to do. */
export function seededStatement(i: number): {
  entity: string;
  type: string;
  predicate: string;
  statement: string;
} {
  const [type, predicate, verb] = TOPICS[i % TOPICS.length]!;
  const entity = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${Math.floor(i / 6)}`;
  return { entity, type, predicate, statement: `The user ${verb} ${entity}` };
}

export interface SeedOptions {
  now: Date;
  dimensions: number;
  /** Rows (facts) per transaction. */
  batch?: number;
  onBatch?: (n: number) => void;
  /**
   * Where each user's statements start in the seeded sequence (default 0): users given different offsets talk
   * about different things (entity numbers differ) over the same vocabulary.
   */
  offsetOf?: (userIndex: number) => number;
}

/** Seeds `facts` facts (with as many episodes and up to as many entities) for each user, in batched UNWINDs. */
export async function seedUsers(
  driver: Driver,
  userIds: string[],
  facts: number,
  options: SeedOptions,
): Promise<void> {
  const batch = options.batch ?? 2000;
  const now = options.now.toISOString();
  for (let u = 0; u < userIds.length; u += 1000)
    await driver.executeQuery(SEED_USERS, { userIds: userIds.slice(u, u + 1000), now });
  let rows: object[] = [];
  const flush = async () => {
    if (!rows.length) return;
    await driver.executeQuery(SEED_ROWS, { now, rows });
    options.onBatch?.(rows.length);
    rows = [];
  };
  for (const [u, userId] of userIds.entries()) {
    const tenant = tenantOf(userId);
    const offset = options.offsetOf?.(u) ?? 0;
    for (let i = 0; i < facts; i++) {
      const s = seededStatement(offset + i);
      // Spread over the last two years so activation and recency differ between facts.
      const atMs = options.now.getTime() - ((i * 7_919) % 730) * 86_400_000;
      rows.push({
        userId,
        tenant,
        episodeId: randomUUID(),
        entityId: randomUUID(),
        factId: randomUUID(),
        content: `${s.statement}, mentioned in conversation ${i}.`,
        entity: s.entity,
        normName: normalizeName(s.entity),
        type: s.type,
        predicate: s.predicate,
        value: null,
        statement: s.statement,
        at: new Date(atMs).toISOString(),
        atMs,
        embedding: localEmbedding(s.statement, options.dimensions),
      });
      if (rows.length >= batch) await flush();
    }
  }
  await flush();
  // What is measured next should find every index caught up with what was written.
  await driver.executeQuery('CALL db.awaitIndexes(600)');
}

/**
 * Waits out the background work a bulk load leaves behind (the fulltext indexes merging the segments it wrote,
 * pages being flushed): measured right after seeding 100,000 facts, a fulltext query took 2.3× as long as two
 * minutes later, and recall alike. Probes one of the user's fulltext queries every 15 s until its median stops
 * falling, for one to three minutes. Resolves to the seconds waited.
 */
export async function settleAfterBulkLoad(driver: Driver, userId: string): Promise<number> {
  const started = performance.now();
  const lucene = `tenant:${tenantOf(userId)} AND statement:(user)`;
  const probe = async () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await driver.executeQuery(SETTLE_PROBE, { lucene });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[10]!;
  };
  let previous = await probe();
  for (let round = 0; round < 12; round++) {
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const now = await probe();
    // At least a minute: in the first seconds the query can hold still before it speeds up.
    if (round >= 3 && now >= 0.9 * previous) break;
    previous = Math.min(previous, now);
  }
  return Math.round((performance.now() - started) / 1000);
}

const SETTLE_PROBE = `
CALL db.index.fulltext.queryNodes('${IndexNames.factFulltext}', $lucene, {limit: 10}) YIELD node RETURN count(node) AS n`;

/** Seeds `facts` facts (with as many episodes and up to as many entities) for one user, in batches. */
export function seedUser(driver: Driver, userId: string, facts: number, options: SeedOptions): Promise<void> {
  return seedUsers(driver, [userId], facts, options);
}
