// Resolves MemoryItem.sources for all items of a request in ONE query (DataLoader batches them).
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import { episodeProjection } from '../ingest/write.ts';
import type { MemoryItem } from './recall.ts';

/** Most recent episodes listed per item (an entity mentioned a thousand times cites its latest sources). */
const MAX_SOURCES = 20;

const SOURCES = `
UNWIND $keys AS k
CALL (k) {
  MATCH (:Fact {id: k.id, userId: k.userId})-[:FROM_EPISODE]->(ep:Episode) WHERE k.kind = 'FACT' RETURN ep
  UNION
  MATCH (:Entity {id: k.id, userId: k.userId})<-[:MENTIONS]-(ep:Episode) WHERE k.kind = 'ENTITY' RETURN ep
  UNION
  MATCH (ep:Episode {id: k.id, userId: k.userId}) WHERE k.kind = 'EPISODE' RETURN ep
}
WITH k, ep ORDER BY ep.occurredAt DESC
RETURN k.key AS key, collect(${episodeProjection('ep')})[..${MAX_SOURCES}] AS episodes`;

type SourceKey = Pick<MemoryItem, 'kind' | 'id' | 'userId'>;

/** A request-scoped loader from a memory item to the episodes it came from. */
export function createSourcesLoader(driver: Driver, database?: string) {
  return new DataLoader<SourceKey, Array<Record<string, unknown>>, string>(
    async (items) => {
      const keys = items.map((i) => ({
        key: `${i.userId}|${i.kind}|${i.id}`,
        kind: i.kind,
        id: i.id,
        userId: i.userId,
      }));
      const { records } = await driver.executeQuery(SOURCES, { keys }, { database, routing: 'READ' });
      const found = new Map(records.map((r) => [r.get('key') as string, r.get('episodes')]));
      return keys.map((k) => found.get(k.key) ?? []);
    },
    { cacheKeyFn: (i) => `${i.userId}|${i.kind}|${i.id}` },
  );
}
