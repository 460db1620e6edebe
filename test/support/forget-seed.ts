// Seeds a small persona graph directly with Cypher (the same properties the memory engine writes), with chosen uses.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { tenantOf } from '../../src/memory/tenant.ts';
import { normalizeName } from '../../src/text/index.ts';

export interface SeedEntity {
  key: string;
  name: string;
  /** Times of past uses (epoch ms); the node's accessLog. */
  uses: readonly number[];
  pinned?: boolean;
  archived?: boolean;
  archivedAt?: number;
}

export interface SeedFact {
  key: string;
  subject: string;
  object?: string;
  statement: string;
  uses: readonly number[];
  pinned?: boolean;
}

export interface SeedEpisode {
  key: string;
  content: string;
  at: number;
  mentions: readonly string[];
  facts: readonly string[];
}

export interface Seed {
  entities: readonly SeedEntity[];
  facts: readonly SeedFact[];
  episodes: readonly SeedEpisode[];
}

/** The keys a seed names, so the ids it returns are typed per key. */
export type SeedKey<S extends Seed> =
  | S['entities'][number]['key']
  | S['facts'][number]['key']
  | S['episodes'][number]['key'];

const SEED_EPISODES = `
MERGE (u:User {id: $userId})
WITH u
UNWIND $episodes AS ep
CREATE (:Episode {id: ep.id, userId: $userId, tenant: $tenant, content: ep.content, source: 'chat', status: 'PROCESSED',
  occurredAt: datetime({epochMillis: toInteger(ep.at)}), ingestedAt: datetime({epochMillis: toInteger(ep.at)}),
  contentHash: ep.id, dedupKey: ep.id})`;

const SEED_ENTITIES = `
UNWIND $entities AS e
CREATE (n:Entity {id: e.id, userId: $userId, tenant: $tenant, name: e.name, normName: e.normName, type: 'concept',
  aliases: [], aliasKeys: [], aliasText: '', createdAt: datetime({epochMillis: toInteger(e.uses[0])}),
  updatedAt: datetime({epochMillis: toInteger(e.uses[0])}), accessLog: e.uses, accessCount: size(e.uses),
  lastAccessedAt: datetime({epochMillis: toInteger(e.uses[-1])}), pinned: e.pinned, archived: e.archived,
  archivedAt: CASE WHEN e.archivedAt IS NULL THEN null ELSE datetime({epochMillis: toInteger(e.archivedAt)}) END})`;

const SEED_FACTS = `
UNWIND $facts AS f
MATCH (s:Entity {id: f.subject})
OPTIONAL MATCH (o:Entity {id: f.object})
CREATE (x:Fact {id: f.id, userId: $userId, tenant: $tenant, predicate: 'related_to', statement: f.statement,
  confidence: 0.9, createdAt: datetime({epochMillis: toInteger(f.uses[0])}), updatedAt: datetime({epochMillis: toInteger(f.uses[0])}),
  accessLog: f.uses, accessCount: size(f.uses), lastAccessedAt: datetime({epochMillis: toInteger(f.uses[-1])}), pinned: f.pinned,
  archived: false})
CREATE (x)-[:SUBJECT]->(s)
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (x)-[:OBJECT]->(o))`;

const SEED_PROVENANCE = `
UNWIND $episodes AS ep
MATCH (episode:Episode {id: ep.id})
CALL (episode, ep) {
  UNWIND ep.mentions AS m MATCH (e:Entity {id: m}) CREATE (episode)-[:MENTIONS]->(e)
}
CALL (episode, ep) {
  UNWIND ep.facts AS fid MATCH (f:Fact {id: fid}) CREATE (f)-[:FROM_EPISODE]->(episode)
}`;

/** Creates the seed for a user and returns the generated ids by key. */
export async function seedGraph<const S extends Seed>(
  driver: Driver,
  userId: string,
  seed: S,
): Promise<Record<SeedKey<S>, string>> {
  const ids = Object.fromEntries(
    [...seed.entities, ...seed.facts, ...seed.episodes].map((item) => [item.key, randomUUID()]),
  ) as Record<string, string>;
  const tenant = tenantOf(userId);
  const params = {
    userId,
    tenant,
    entities: seed.entities.map((e) => ({
      ...e,
      id: ids[e.key],
      normName: normalizeName(e.name),
      pinned: e.pinned ?? false,
      archived: e.archived ?? false,
      archivedAt: e.archivedAt ?? null,
    })),
    facts: seed.facts.map((f) => ({
      ...f,
      id: ids[f.key],
      subject: ids[f.subject],
      object: f.object ? ids[f.object] : null,
      pinned: f.pinned ?? false,
    })),
    episodes: seed.episodes.map((ep) => ({
      ...ep,
      id: ids[ep.key],
      mentions: ep.mentions.map((k) => ids[k]),
      facts: ep.facts.map((k) => ids[k]),
    })),
  };
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of [SEED_EPISODES, SEED_ENTITIES, SEED_FACTS, SEED_PROVENANCE])
        await tx.run(statement, params);
    });
  } finally {
    await session.close();
  }
  return ids as Record<SeedKey<S>, string>;
}

const SNAPSHOT = `
MATCH (n) WHERE n.userId = $userId
OPTIONAL MATCH (n)-[r]->(m)
WITH n, collect(type(r) + '>' + coalesce(m.id, '')) AS rels
RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS props, rels
ORDER BY label, id`;

/** Every node of a user with all its properties and outgoing relationships, for exact before/after comparisons. */
export async function snapshotGraph(driver: Driver, userId: string): Promise<unknown[]> {
  const { records } = await driver.executeQuery(SNAPSHOT, { userId });
  return records.map((r) => ({
    label: r.get('label'),
    id: r.get('id'),
    props: Object.fromEntries(
      Object.entries(r.get('props') as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? String(v) : v]),
    ),
    rels: (r.get('rels') as string[]).sort(),
  }));
}

const STATE = `
MATCH (n) WHERE n.userId = $userId AND (n:Entity OR n:Fact OR n:Episode)
RETURN n.id AS id, coalesce(n.archived, false) AS archived`;

/** Which of a user's memories exist, and whether each is archived: id → 'archived' | 'active'. */
export async function memoryState(
  driver: Driver,
  userId: string,
): Promise<Map<string, 'archived' | 'active'>> {
  const { records } = await driver.executeQuery(STATE, { userId });
  return new Map(records.map((r) => [r.get('id') as string, r.get('archived') ? 'archived' : 'active']));
}
