// Seeds big graphs fast with batched UNWIND, shaped like what src/memory/ingest writes (same labels,
// properties, relationships and tenant token), so recall and forgetting see realistic data.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { localEmbedding } from '../../src/llm/local-embedding.ts';
import { normalizeName, tenantOf } from '../../src/memory/tenant.ts';

const SEED_USER = `
MERGE (u:User {id: $userId}) ON CREATE SET u.createdAt = datetime($now)`;

// One row = one episode, the entity it mentions and the fact drawn from it.
const SEED_ROWS = `
UNWIND $rows AS r
CREATE (ep:Episode {id: r.episodeId, userId: $userId, tenant: $tenant, content: r.content, source: 'bench',
  sourceRef: r.episodeId, dedupKey: r.episodeId, contentHash: r.episodeId, occurredAt: datetime(r.at),
  ingestedAt: datetime($now), embedding: r.embedding})
MERGE (e:Entity {userId: $userId, normName: r.normName})
  ON CREATE SET e.id = r.entityId, e.tenant = $tenant, e.name = r.entity, e.type = r.type, e.aliases = [],
    e.aliasKeys = [], e.aliasText = '', e.summary = null, e.embedding = r.embedding, e.createdAt = datetime($now),
    e.updatedAt = datetime($now), e.accessLog = [r.atMs], e.accessCount = 1, e.lastAccessedAt = datetime(r.at),
    e.activation = 0.0, e.pinned = false, e.archived = false
CREATE (f:Fact {id: r.factId, userId: $userId, tenant: $tenant, predicate: r.predicate, objectValue: r.value,
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

/** Seeds `facts` facts (with as many episodes and up to as many entities) for one user, in batches. */
export async function seedUser(
  driver: Driver,
  userId: string,
  facts: number,
  options: { now: Date; dimensions: number; batch?: number; onBatch?: (n: number) => void },
): Promise<void> {
  const batch = options.batch ?? 2000;
  const tenant = tenantOf(userId);
  const now = options.now.toISOString();
  await driver.executeQuery(SEED_USER, { userId, now });
  for (let start = 0; start < facts; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(facts, start + batch); i++) {
      const s = seededStatement(i);
      // Spread over the last two years so activation and recency differ between facts.
      const atMs = options.now.getTime() - ((i * 7_919) % 730) * 86_400_000;
      rows.push({
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
    }
    await driver.executeQuery(SEED_ROWS, { userId, tenant, now, rows });
    options.onBatch?.(rows.length);
  }
}
