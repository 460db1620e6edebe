// The Cypher of the forgetting pass: one bounded batch per statement, paged by id, classified entirely in Neo4j.
//
// Each batch decides for every node one action: 'delete', 'archive' or 'keep'. The decisions are pure functions
// of the graph and the parameters ($nowMs, $cutoffMs, $archiveBelow, $deleteBelow), so a dry run (read-only) and a
// real run make the same decisions. Phases run episodes → facts → entities: an episode's and an entity's fate
// depend on the facts around them, which are judged by the same predicate whether or not they are gone yet.

import { activationCypher } from '../activation/activation.ts';
import { entityProjection, factProjection } from '../projections.ts';

export type ForgetKind = 'episode' | 'fact' | 'entity';
export type ForgetScope = 'user' | 'all';

// Flags compare with `= true` and dates are type-checked, so a malformed value means "not set" instead of an error.
const notPinned = (x: string) => `NOT coalesce(${x}.pinned = true, false)`;
const isArchived = (x: string) => `coalesce(${x}.archived = true, false)`;
/** Archived for longer than the retention period (strictly before the cutoff). */
const expired = (x: string) =>
  `(${isArchived(x)} AND CASE WHEN ${x}.archivedAt IS :: ZONED DATETIME THEN ${x}.archivedAt.epochMillis < $cutoffMs ELSE false END)`;

/** A fact goes when it is not pinned and its activation fell below the delete threshold, or its archive expired. */
const factDeletable = (f: string) =>
  `(${notPinned(f)} AND (${activationCypher(f)} < $deleteBelow OR ${expired(f)}))`;

/** An entity goes on the same rule, but only once no surviving fact still refers to it. */
const entityDeletable = (e: string, a = activationCypher(e)) =>
  `(${notPinned(e)} AND (${a} < $deleteBelow OR ${expired(e)})
    AND NOT EXISTS { MATCH (ef_${e}:Fact)-[:SUBJECT|OBJECT]->(${e}) WHERE NOT ${factDeletable(`ef_${e}`)} })`;

const archivable = (x: string, a: string) =>
  `(${notPinned(x)} AND ${a} < $archiveBelow AND NOT ${isArchived(x)})`;

const FACT_ACTION = `CASE
  WHEN ${notPinned('n')} AND (a < $deleteBelow OR ${expired('n')}) THEN 'delete'
  WHEN ${archivable('n', 'a')} THEN 'archive'
  ELSE 'keep' END`;

const ENTITY_ACTION = `CASE
  WHEN ${entityDeletable('n', 'a')} THEN 'delete'
  WHEN ${archivable('n', 'a')} THEN 'archive'
  ELSE 'keep' END`;

/** An episode goes when something this pass deletes used it and nothing that survives still does. */
const EPISODE_ACTION = `CASE
  WHEN (EXISTS { (n)<-[:FROM_EPISODE|INVALIDATED_BY]-(:Fact) } OR EXISTS { (n)-[:MENTIONS]->(:Entity) })
   AND NOT EXISTS { MATCH (n)<-[:FROM_EPISODE|INVALIDATED_BY]-(pf:Fact) WHERE NOT ${factDeletable('pf')} }
   AND NOT EXISTS { MATCH (n)-[:MENTIONS]->(pe:Entity) WHERE NOT ${entityDeletable('pe')} }
  THEN 'delete' ELSE 'keep' END`;

const LABEL: Record<ForgetKind, string> = { episode: 'Episode', fact: 'Fact', entity: 'Entity' };

function page(kind: ForgetKind, scope: ForgetScope): string {
  // The hint and the ORDER BY matching the index let Neo4j stream rows in index order: no sort, no full scan.
  const match =
    scope === 'user'
      ? `MATCH (n:${LABEL[kind]}) USING INDEX n:${LABEL[kind]}(userId, id) WHERE n.userId = $userId AND n.id > $after`
      : `MATCH (n:${LABEL[kind]}) WHERE n.id > $after`;
  return `${match}
WITH n ORDER BY ${scope === 'user' ? 'n.userId, n.id' : 'n.id'} LIMIT $batchSize`;
}

function classify(kind: ForgetKind): string {
  if (kind === 'episode')
    return `WITH n, n.id AS id, n.userId AS userId, null AS a, ${EPISODE_ACTION} AS action`;
  const action = kind === 'fact' ? FACT_ACTION : ENTITY_ACTION;
  return `WITH n, n.id AS id, n.userId AS userId, ${activationCypher('n')} AS a
WITH n, id, userId, a, ${action} AS action`;
}

const SUMMARY = `RETURN max(id) AS lastId, count(*) AS scanned,
  collect(CASE WHEN action <> 'keep' THEN {id: id, userId: userId, action: action, activation: a, node: node} END) AS changed`;

function dryRunQuery(kind: ForgetKind, scope: ForgetScope): string {
  return `${page(kind, scope)}
${classify(kind)}
WITH id, userId, a, action, null AS node
${SUMMARY}`;
}

function applyQuery(kind: ForgetKind, scope: ForgetScope): string {
  const projection =
    kind === 'entity' ? entityProjection('n') : kind === 'fact' ? factProjection('n') : 'null';
  // Activation is stored for everyone kept, so the explorer and recall can read it without recomputing.
  const updates =
    kind === 'episode'
      ? ''
      : `CALL (n, a, action) {
  WITH n, a, action WHERE action = 'archive'
  SET n.archived = true, n.archivedAt = datetime({epochMillis: toInteger($nowMs)}), n.activation = a
}
CALL (n, a, action) {
  WITH n, a, action WHERE action = 'keep'
  SET n.activation = a,
      n.archivedAt = CASE WHEN NOT ${isArchived('n')} THEN null
        WHEN n.archivedAt IS :: ZONED DATETIME THEN n.archivedAt ELSE datetime({epochMillis: toInteger($nowMs)}) END
}`;
  return `${page(kind, scope)}
${classify(kind)}
${updates}
WITH n, id, userId, a, action, CASE WHEN action = 'archive' THEN ${projection} END AS node
CALL (n, action) {
  WITH n, action WHERE action = 'delete'
  DETACH DELETE n
}
${SUMMARY}`;
}

function queriesFor(build: (kind: ForgetKind, scope: ForgetScope) => string) {
  const kinds: ForgetKind[] = ['episode', 'fact', 'entity'];
  return Object.fromEntries(
    kinds.map((kind) => [kind, { user: build(kind, 'user'), all: build(kind, 'all') }]),
  ) as Record<ForgetKind, Record<ForgetScope, string>>;
}

/** Read-only batch statements: what the pass would do. */
export const FORGET_DRY_RUN = queriesFor(dryRunQuery);
/** Writing batch statements: archive, delete and refresh activation, returning what changed. */
export const FORGET_APPLY = queriesFor(applyQuery);
