// A digest of one user's graph (nodes, degrees, activation state), to prove evaluation recall changes nothing.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

// One index-backed match per label: a label disjunction would scan every user's nodes.
const USER_GRAPH = `
CALL () {
  MATCH (n:Entity) WHERE n.userId = $userId RETURN n
  UNION ALL
  MATCH (n:Fact) WHERE n.userId = $userId RETURN n
  UNION ALL
  MATCH (n:Episode) WHERE n.userId = $userId RETURN n
  UNION ALL
  MATCH (n:User {id: $userId}) RETURN n
}
OPTIONAL MATCH (n)-[r]-()
WITH n, count(r) AS degree
ORDER BY n.id
RETURN count(n) AS nodes, sum(degree) AS degrees,
  collect([n.id, degree, toString(n.activation), toString(n.accessCount), toString(n.lastAccessedAt),
    toString(n.archived), toString(size(coalesce(n.accessLog, [])))]) AS rows`;

export interface GraphFingerprint {
  nodes: number;
  /** Sum of node degrees: each relationship inside the user's graph counts twice. */
  degrees: number;
  /** Hash of every node's id, degree and activation state. */
  digest: string;
}

/** The fingerprint of one user's node, entities, facts and episodes. */
export async function graphFingerprint(driver: Driver, userId: string): Promise<GraphFingerprint> {
  const { records } = await driver.executeQuery(USER_GRAPH, { userId }, { routing: 'READ' });
  const record = records[0];
  const rows = record?.get('rows') ?? [];
  return {
    nodes: Number(record?.get('nodes') ?? 0),
    degrees: Number(record?.get('degrees') ?? 0),
    digest: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
  };
}

/** True when two fingerprints are of the same graph. */
export function sameGraph(a: GraphFingerprint, b: GraphFingerprint): boolean {
  return a.nodes === b.nodes && a.degrees === b.degrees && a.digest === b.digest;
}
