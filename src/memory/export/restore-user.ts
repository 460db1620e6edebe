// Rebuilds a user from export records, in bounded transactions, idempotently: running it again changes nothing.
// Into the user that was exported, ids are kept; into another user, each id becomes a stable hash of the target user
// and the old id (ids are unique across users, and the same file restores to the same ids every time).
import { createHash } from 'node:crypto';
import { BadUserInputError, ConflictError } from '../../errors/index.ts';
import type { Neo4jTarget } from '../../neo4j/index.ts';
import { tenantOf } from '../tenant.ts';
import {
  decodeProperties,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportCounts,
  type ExportRecord,
} from './export-format.ts';

const BATCH = 500;

// A node of that id held by another user is never touched (the count of rows written tells the caller).
const nodeWrite = (label: string) => `
UNWIND $rows AS x
MERGE (n:${label} {id: x.id})
WITH n, x WHERE coalesce(n.userId, $userId) = $userId
SET n += x.properties, n.userId = $userId, n.tenant = $tenant
WITH n, x`;

const RESTORE_USER = `
MERGE (u:User {id: $userId})
SET u += $properties`;

// An entity without ingest's keys (made through the generated CRUD) keeps the mark ingest finds it by, also when
// restored from an export written before entities were marked.
const RESTORE_ENTITIES = `${nodeWrite('Entity')}
SET n.unkeyed = CASE WHEN n.normName IS NULL THEN true END
RETURN count(n) AS written`;

const RESTORE_EPISODES = `${nodeWrite('Episode')}
CALL (n, x) {
  UNWIND x.mentions AS entityId
  MATCH (e:Entity {id: entityId}) WHERE e.userId = $userId
  MERGE (n)-[:MENTIONS]->(e)
}
RETURN count(n) AS written`;

const RESTORE_FACTS = `${nodeWrite('Fact')}
CALL (n, x) {
  OPTIONAL MATCH (s:Entity {id: x.subjectId}) WHERE s.userId = $userId
  OPTIONAL MATCH (o:Entity {id: x.objectId}) WHERE o.userId = $userId
  OPTIONAL MATCH (inv:Episode {id: x.invalidatedById}) WHERE inv.userId = $userId
  FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (n)-[:SUBJECT]->(s))
  FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (n)-[:OBJECT]->(o))
  FOREACH (_ IN CASE WHEN inv IS NULL THEN [] ELSE [1] END | MERGE (n)-[:INVALIDATED_BY]->(inv))
}
CALL (n, x) {
  UNWIND x.sourceIds AS episodeId
  MATCH (ep:Episode {id: episodeId}) WHERE ep.userId = $userId
  MERGE (n)-[:FROM_EPISODE]->(ep)
}
RETURN count(n) AS written`;

export interface RestoreResult extends ExportCounts {
  fromUserId: string;
  idsKept: boolean;
}

/** The id a node of `fromUserId` gets under `toUserId`: kept for the same user, else a stable UUID-shaped hash. */
export function restoredId(fromUserId: string, toUserId: string, id: string): string {
  if (fromUserId === toUserId) return id;
  const h = createHash('sha256').update(`${toUserId}\n${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function restoreUser(
  services: Neo4jTarget,
  userId: string,
  records: AsyncIterable<ExportRecord>,
  onProgress: (restored: number) => void = () => {},
): Promise<RestoreResult> {
  const { driver, database } = services;
  const tenant = tenantOf(userId);
  const counts: ExportCounts = { entities: 0, episodes: 0, facts: 0 };
  let from: string | null = null;
  let ended = false;
  let pending: { kind: 'entity' | 'episode' | 'fact'; rows: Array<Record<string, unknown>> } | null = null;
  let line = 0;

  const write = (query: string, params: Record<string, unknown>) =>
    driver.executeQuery(query, { ...params, userId, tenant }, { database });
  const flush = async () => {
    if (!pending || pending.rows.length === 0) return;
    const query =
      pending.kind === 'entity'
        ? RESTORE_ENTITIES
        : pending.kind === 'episode'
          ? RESTORE_EPISODES
          : RESTORE_FACTS;
    const { records: rows } = await write(query, { rows: pending.rows });
    const written = Number(rows[0]?.get('written') ?? 0);
    if (written < pending.rows.length)
      throw new ConflictError(`${pending.rows.length - written} ${pending.kind} ids belong to another user`);
    counts[pending.kind === 'entity' ? 'entities' : pending.kind === 'episode' ? 'episodes' : 'facts'] +=
      written;
    onProgress(counts.entities + counts.episodes + counts.facts);
    pending.rows = [];
  };
  const queue = async (kind: 'entity' | 'episode' | 'fact', row: Record<string, unknown>) => {
    if (pending?.kind !== kind) {
      await flush();
      pending = { kind, rows: [] };
    }
    pending.rows.push(row);
    if (pending.rows.length >= BATCH) await flush();
  };

  for await (const record of records) {
    line += 1;
    if (ended) throw new BadUserInputError('records after the end record', { line });
    if (!from) {
      if (record.type !== 'header' || record.format !== EXPORT_FORMAT)
        throw new BadUserInputError(`not a ${EXPORT_FORMAT} file: the first line must be its header`, {
          line,
        });
      if (record.version > EXPORT_VERSION)
        throw new BadUserInputError(`export version ${record.version} is newer than this server reads`, {
          line,
        });
      from = record.userId;
      continue;
    }
    const map = (id: string | null) => (id ? restoredId(from!, userId, id) : null);
    switch (record.type) {
      case 'user':
        await write(RESTORE_USER, { properties: decodeProperties(record.properties) });
        break;
      case 'entity':
        await queue('entity', { id: map(record.id), properties: decodeProperties(record.properties) });
        break;
      case 'episode':
        await queue('episode', {
          id: map(record.id),
          properties: decodeProperties(record.properties),
          mentions: record.mentions.map(map),
        });
        break;
      case 'fact':
        await queue('fact', {
          id: map(record.id),
          properties: decodeProperties(record.properties),
          subjectId: map(record.subjectId),
          objectId: map(record.objectId),
          sourceIds: record.sourceIds.map(map),
          invalidatedById: map(record.invalidatedById),
        });
        break;
      case 'end':
        ended = true;
        break;
      default:
        throw new BadUserInputError(
          `unknown record type ${JSON.stringify((record as { type: unknown }).type)}`,
          {
            line,
          },
        );
    }
  }
  await flush();
  if (!from) throw new BadUserInputError('the export is empty');
  // What was read is written (and a second run writes the same again); a file cut short says so.
  if (!ended)
    throw new BadUserInputError('the export was cut short (no end record): restore the whole file again');
  return { ...counts, fromUserId: from, idsKept: from === userId };
}
