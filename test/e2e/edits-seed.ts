// Seeds a small graph for one user straight into Neo4j, shaped as ingest writes it, for the edit tests.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { tenantOf } from '../../src/memory/tenant.ts';
import { normalizeName } from '../../src/text/index.ts';

const SEED = `
MERGE (u:User {id: $userId}) ON CREATE SET u.createdAt = datetime()
WITH u
UNWIND $episodes AS x
CREATE (:Episode {id: x.id, userId: $userId, tenant: $tenant, content: x.content, source: 'chat', status: 'PROCESSED', dedupKey: x.id,
  contentHash: x.id, occurredAt: datetime(), ingestedAt: datetime()})
WITH count(*) AS _
UNWIND $entities AS x
CREATE (:Entity {id: x.id, userId: $userId, tenant: $tenant, name: x.name, normName: x.normName, type: x.type,
  aliases: [], aliasKeys: [], aliasText: '', createdAt: datetime(), updatedAt: datetime(), pinned: false, archived: false,
  accessLog: [toFloat($nowMs)], accessCount: 1, lastAccessedAt: datetime(), activation: 0.0})
WITH count(*) AS _
UNWIND $facts AS x
MATCH (s:Entity {id: x.subject}), (ep:Episode {id: x.episode})
OPTIONAL MATCH (o:Entity {id: x.object})
CREATE (f:Fact {id: x.id, userId: $userId, tenant: $tenant, predicate: x.predicate, statement: x.statement,
  objectValue: x.objectValue, confidence: 0.9, factKey: x.predicate + '|' + coalesce('e:' + x.object, 'v:' + x.objectValue),
  validFrom: datetime(), createdAt: datetime(), updatedAt: datetime(), pinned: false, archived: false,
  accessLog: [toFloat($nowMs)], accessCount: 1, lastAccessedAt: datetime(), activation: 0.0})
CREATE (f)-[:SUBJECT]->(s)
CREATE (f)-[:FROM_EPISODE]->(ep)
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (f)-[:OBJECT]->(o))
WITH count(*) AS _
UNWIND $mentions AS x
MATCH (ep:Episode {id: x.episode}), (e:Entity {id: x.entity})
CREATE (ep)-[:MENTIONS]->(e)`;

export interface SeededGraph {
  alice: string;
  ali: string;
  acme: string;
  bob: string;
  /** Alice loves hiking (value), from ep1. */
  hiking: string;
  /** Ali works at Acme, from ep1. */
  worksAt: string;
  /** Bob knows Ali, from ep2. */
  knows: string;
  /** Alice likes tea, from ep3 only. */
  tea: string;
  ep1: string;
  ep2: string;
  ep3: string;
}

/**
 * Alice and "Ali" (the same person, seen twice), Acme and Bob; four facts and three episodes:
 * ep1 mentions Ali and Acme, ep2 mentions Bob, ep3 is only the source of "Alice likes tea".
 */
export async function seedGraph(driver: Driver, userId: string): Promise<SeededGraph> {
  const id = () => randomUUID();
  const g: SeededGraph = {
    alice: id(),
    ali: id(),
    acme: id(),
    bob: id(),
    hiking: id(),
    worksAt: id(),
    knows: id(),
    tea: id(),
    ep1: id(),
    ep2: id(),
    ep3: id(),
  };
  const entity = (entityId: string, name: string, type: string) => ({
    id: entityId,
    name,
    normName: normalizeName(name),
    type,
  });
  const fact = (
    factId: string,
    subject: string,
    predicate: string,
    statement: string,
    episode: string,
    object?: string,
  ) => ({
    id: factId,
    subject,
    predicate,
    statement,
    episode,
    object: object ?? null,
    objectValue: object ? null : statement,
  });
  await driver.executeQuery(SEED, {
    userId,
    tenant: tenantOf(userId),
    nowMs: Date.now(),
    episodes: [
      { id: g.ep1, content: 'Ali works at Acme.' },
      { id: g.ep2, content: 'Bob knows Ali.' },
      { id: g.ep3, content: 'Alice likes tea.' },
    ],
    entities: [
      entity(g.alice, 'Alice', 'person'),
      entity(g.ali, 'Ali', 'person'),
      entity(g.acme, 'Acme', 'organization'),
      entity(g.bob, 'Bob', 'person'),
    ],
    facts: [
      fact(g.hiking, g.alice, 'loves', 'Alice loves hiking.', g.ep1),
      fact(g.worksAt, g.ali, 'works_at', 'Ali works at Acme.', g.ep1, g.acme),
      fact(g.knows, g.bob, 'knows', 'Bob knows Ali.', g.ep2, g.ali),
      fact(g.tea, g.alice, 'likes', 'Alice likes tea.', g.ep3),
    ],
    mentions: [
      { episode: g.ep1, entity: g.ali },
      { episode: g.ep1, entity: g.acme },
      { episode: g.ep2, entity: g.bob },
      { episode: g.ep2, entity: g.ali },
    ],
  });
  return g;
}

const SNAPSHOT = `
MATCH (n) WHERE n.userId = $userId OR (n:User AND n.id = $userId)
OPTIONAL MATCH (n)-[r]->(m)
WITH n, collect(type(r) + '>' + coalesce(m.id, '')) AS out
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props, out ORDER BY id`;

/** Every node of a user with its properties and outgoing relationships, to compare before and after. */
export async function snapshot(driver: Driver, userId: string): Promise<unknown[]> {
  const { records } = await driver.executeQuery(SNAPSHOT, { userId });
  return records.map((r) => ({
    id: r.get('id'),
    label: r.get('label'),
    props: r.get('props'),
    out: [...r.get('out')].sort(),
  }));
}
