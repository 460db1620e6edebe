// Deletes a set of one user's nodes with their relationships, counting what went, and the episodes left unused.
import type { ManagedTransaction } from 'neo4j-driver';

// Relationships are collected DISTINCT so one between two deleted nodes counts once.
const DELETE_NODES = `
MATCH (n) WHERE n.id IN $ids AND n.userId = $userId AND (n:Entity OR n:Fact OR n:Episode)
OPTIONAL MATCH (n)-[r]-()
WITH collect(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships
WITH nodes, relationships,
  [n IN nodes WHERE n:Entity | n.id] AS entityIds,
  [n IN nodes WHERE n:Fact | n.id] AS factIds,
  [n IN nodes WHERE n:Episode | n.id] AS episodeIds
FOREACH (n IN nodes | DETACH DELETE n)
RETURN entityIds, factIds, episodeIds, relationships`;

// An episode still used as provenance by a surviving fact or entity stays.
const UNUSED_EPISODES = `
UNWIND $ids AS id
MATCH (ep:Episode {id: id}) WHERE ep.userId = $userId
  AND NOT (ep)-[:MENTIONS]->() AND NOT ()-[:FROM_EPISODE|INVALIDATED_BY]->(ep)
RETURN collect(ep.id) AS ids`;

export interface DeletedNodes {
  entityIds: string[];
  factIds: string[];
  episodeIds: string[];
  relationships: number;
}

/** Detach-deletes the given nodes of one user (inside the caller's transaction). */
export async function deleteNodes(
  tx: ManagedTransaction,
  userId: string,
  ids: string[],
): Promise<DeletedNodes> {
  if (ids.length === 0) return { entityIds: [], factIds: [], episodeIds: [], relationships: 0 };
  const record = (await tx.run(DELETE_NODES, { userId, ids })).records[0]!;
  return {
    entityIds: record.get('entityIds'),
    factIds: record.get('factIds'),
    episodeIds: record.get('episodeIds'),
    relationships: record.get('relationships'),
  };
}

/** Of these episodes, the ones nothing refers to any more (inside the caller's transaction). */
export async function unusedEpisodes(
  tx: ManagedTransaction,
  userId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await tx.run(UNUSED_EPISODES, { userId, ids })).records[0]!.get('ids');
}

/** Adds two deletion results. */
export function addDeleted(a: DeletedNodes, b: DeletedNodes): DeletedNodes {
  return {
    entityIds: [...a.entityIds, ...b.entityIds],
    factIds: [...a.factIds, ...b.factIds],
    episodeIds: [...a.episodeIds, ...b.episodeIds],
    relationships: a.relationships + b.relationships,
  };
}
