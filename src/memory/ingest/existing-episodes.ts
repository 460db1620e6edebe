// Finds episodes a user already has for given dedup keys, so re-ingest returns them without any model call.
import { type Neo4jTarget, readStatement } from '../../neo4j/index.ts';
import { episodeProjection } from '../projections.ts';
import type { ApiNode } from './types.ts';

const FIND_EPISODES = `
UNWIND $keys AS key
MATCH (ep:Episode {userId: $userId, dedupKey: key})
RETURN key, ${episodeProjection('ep')} AS episode`;

/** Dedup key → stored episode (API shape), for the keys that exist. */
export async function findExistingEpisodes(
  services: Neo4jTarget,
  userId: string,
  keys: string[],
): Promise<Map<string, ApiNode>> {
  const records = await readStatement(services, FIND_EPISODES, { userId, keys: [...new Set(keys)] });
  return new Map(records.map((r) => [r.get('key') as string, r.get('episode') as ApiNode]));
}
