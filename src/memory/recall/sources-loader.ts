// Resolves MemoryItem.sources for all items of a request in ONE query (DataLoader batches them).
import DataLoader from 'dataloader';
import { type Neo4jTarget, readStatement } from '../../neo4j/index.ts';
import { episodeProjection } from '../projections.ts';
import type { MemoryItem } from './recall.ts';

// Recall already chose each item's sources (its few most relevant episodes); this only loads them, in order.
const SOURCES = `
UNWIND $keys AS k
UNWIND range(0, size(k.sourceIds) - 1) AS position
MATCH (ep:Episode {id: k.sourceIds[position]}) WHERE ep.userId = k.userId
WITH k, ep ORDER BY position
RETURN k.key AS key, collect(${episodeProjection('ep')}) AS episodes`;

type SourceKey = Pick<MemoryItem, 'kind' | 'id' | 'userId' | 'sourceIds'>;
const keyOf = (i: SourceKey) => `${i.userId}|${i.kind}|${i.id}|${i.sourceIds.join(',')}`;

/** A request-scoped loader from a memory item to the episodes it came from. */
export function createSourcesLoader(services: Neo4jTarget) {
  return new DataLoader<SourceKey, Array<Record<string, unknown>>, string>(
    async (items) => {
      const keys = items.map((i) => ({ key: keyOf(i), userId: i.userId, sourceIds: i.sourceIds }));
      const records = await readStatement(services, SOURCES, { keys });
      const found = new Map(
        records.map((r) => [r.get('key') as string, r.get('episodes') as Array<Record<string, unknown>>]),
      );
      return keys.map((k) => found.get(k.key) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}
