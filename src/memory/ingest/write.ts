// Writes one pack of episodes and everything extracted from them in ONE transaction, a fixed number of UNWIND statements.
import { createHash } from 'node:crypto';
import type { ManagedTransaction, Record as RecordShape } from 'neo4j-driver';
import { IndexNames, withWrite } from '../../neo4j/index.ts';
import { normalizeName } from '../../text/index.ts';
import { reinforce } from '../activation/reinforce.ts';
import { entityProjection, episodeProjection, factProjection } from '../projections.ts';
import { entityKeyQueries, tenantLuceneQuery, tenantOf } from '../tenant.ts';
import {
  DELTA_MAX_ROWS,
  nextVectorsVersion,
  type UserVectors,
  unitVector,
  type VectorCache,
  type VectorRow,
  type VectorTable,
} from '../vector-cache.ts';
import { CONVERSATION_TAILS, placeTurns, type StoredTurn, UPDATE_PREVIOUS_TURNS } from './conversation.ts';
import type { WritePlan } from './plan.ts';
import type { ApiNode, IngestServices, PreparedEpisode } from './types.ts';

/** Cosine similarity above which an extracted entity is taken to be an existing one of the same type. */
export const ENTITY_SIMILARITY_THRESHOLD = 0.92;
/** Up to this many entities a user's entities are compared exactly (cheaper than two index lookups per entity). */
const EXACT_SCAN_MAX = 100;
/** Beyond it, candidates each similarity lookup takes from the vector index and from the name's words. */
const SIMILAR_CANDIDATES = 10;

// Writing to the User node first takes its lock: one user's ingests commit one at a time (their model calls still
// run in parallel), so resolution, fact dedup and turn numbers see each other's results and never deadlock on shared
// entities. Under the lock, which episodes exist already and where each conversation ends are exact.
const LOCK_USER = `
MERGE (u:User {id: $userId}) ON CREATE SET u.createdAt = datetime($now)
WITH u, coalesce(u.vectorsVersion, 0) AS committedVersion
// Every pack's vectors carry the user's next vectors version (vseq), so the vector cache reads only what is new.
SET u.lastIngestedAt = datetime($now), u.vectorsVersion = ${nextVectorsVersion('committedVersion')}
WITH u, committedVersion
CALL () {
  UNWIND $keys AS key
  MATCH (ep:Episode {userId: $userId, dedupKey: key})
  RETURN collect(key) AS stored
}
// The entity vectors written since the version the caller holds (none when it holds none): under the lock, these
// make its held entities exact up to committedVersion.
CALL () {
  MATCH (e:Entity {userId: $userId}) WHERE e.vseq > $entitiesSince
  WITH e LIMIT toInteger($deltaMax) + 1
  RETURN collect({id: e.id, embedding: e.embedding}) AS entityDelta
}
${CONVERSATION_TAILS}
RETURN stored, tails, u.vectorsVersion AS vectorsVersion, committedVersion, entityDelta`;

// The stored turns that gain new successors are updated first, in the same statement.
const MERGE_EPISODES = `
CALL () {
  ${UPDATE_PREVIOUS_TURNS.trim().replace(/\n/g, '\n  ')}
}
UNWIND $episodes AS x
MERGE (ep:Episode {userId: $userId, dedupKey: x.dedupKey})
  ON CREATE SET ep.id = x.id, ep.tenant = $tenant, ep.content = x.content, ep.source = x.source,
    ep.sourceRef = x.sourceRef, ep.occurredAt = datetime(x.occurredAt), ep.ingestedAt = datetime($now),
    ep.contentHash = x.contentHash, ep.embedding = CASE WHEN size(x.embedding) > 0 THEN x.embedding END,
    ep.speaker = x.speaker, ep.conversationId = x.conversationId, ep.turn = toInteger(x.turn),
    ep.contextBefore = x.contextBefore, ep.contextAfter = x.contextAfter, ep.context = x.context,
    ep.factKeys = x.factKeys, ep.status = x.status, ep.queueIndex = x.queueIndex, ep.vseq = $vseq,
    ep.attempts = CASE WHEN x.status = 'PROCESSED' THEN 1 ELSE 0 END,
    ep.processedAt = CASE WHEN x.status = 'PROCESSED' THEN datetime($now) END,
    ep.nextAttemptAt = CASE WHEN x.status = 'PENDING' THEN datetime($now) END
RETURN x.ref AS ref, ep.id = x.id AS created, ${episodeProjection('ep')} AS episode`;

// A queued episode is processed once: the User lock taken first makes this read exact, so of two workers that
// extracted the same episodes only the first to commit finds them PENDING.
const CLAIM_QUEUED_EPISODES = `
UNWIND $episodes AS x
MATCH (ep:Episode {id: x.id}) WHERE ep.userId = $userId AND ep.status = 'PENDING'
SET ep.status = 'PROCESSED', ep.processedAt = datetime($now), ep.processingError = null, ep.nextAttemptAt = null,
    ep.attempts = coalesce(ep.attempts, 0) + 1, ep.factKeys = x.factKeys,
    ep.embedding = CASE WHEN size(x.embedding) > 0 THEN x.embedding ELSE ep.embedding END, ep.vseq = $vseq
RETURN x.ref AS ref, true AS created, ${episodeProjection('ep')} AS episode`;

// The most similar of candidate entities `v`, of x's type, at or above the threshold.
const MOST_SIMILAR = `WITH v WHERE v.type = x.type AND size(v.embedding) = size(x.embedding)
    WITH v, vector.similarity.cosine(v.embedding, x.embedding) AS sim WHERE sim >= $threshold
    RETURN v.id ORDER BY sim DESC LIMIT 1`;

// Name, then alias, then embedding similarity to the user's entities of the same type. When the vector cache holds
// the user's entities, the nearest held ones are the candidates (`similarIds`, computed in process), checked here
// against the stored vectors. Otherwise a user with few entities is scanned exactly; beyond EXACT_SCAN_MAX the
// candidates are bounded: the nearest in the shared vector index and those sharing a word of the name (an exact scan
// costs O(entities) per new entity: 70% of the write path at 500 entities). Where many users crowd the shared index,
// the word match still finds "Rob Smith" for "Robert Smith".
const RESOLVE_ENTITIES = `
// Only whether the user has more than exactScanMax entities matters: stop counting there.
CALL () { MATCH (n:Entity {userId: $userId}) WITH n LIMIT toInteger($exactScanMax) + 1 RETURN count(n) AS userEntities }
// Entities made by hand through the generated CRUD have no normName: they are matched by lowercased name instead.
// Read once for the statement (oldest first), not once per entity of the pack; found by their mark (a seek).
CALL () {
  MATCH (l:Entity {userId: $userId, unkeyed: true}) WHERE l.normName IS NULL
  WITH l ORDER BY l.createdAt
  RETURN collect({id: l.id, name: toLower(trim(l.name))}) AS legacy
}
// Every key of the pack (names and aliases) in one read of the entity key index, not one query an entity: the
// user's entities holding any of them as name or alias, best match first.
CALL () {
  UNWIND $keyQueries AS q
  CALL db.index.fulltext.queryNodes($entityKeyIndex, q, {limit: toInteger($keyLimit)}) YIELD node, score
  WHERE node.userId = $userId
  WITH node, max(score) AS score ORDER BY score DESC
  RETURN collect({id: node.id, keys: [node.normName] + coalesce(node.aliasKeys, [])}) AS keyed
}
UNWIND $entities AS x
OPTIONAL MATCH (byId:Entity {id: x.knownId}) WHERE byId.userId = $userId
OPTIONAL MATCH (byName:Entity {userId: $userId, normName: x.normName})
WITH userEntities, keyed, x, byId, byName, CASE WHEN byId IS NULL AND byName IS NULL THEN head(
    [l IN legacy WHERE l.name IN x.keys + [x.lowerName] | l.id]
  ) END AS byLegacyName
WITH userEntities, x, byId, byName, byLegacyName,
  CASE WHEN byId IS NULL AND byName IS NULL AND byLegacyName IS NULL THEN head(
    [k IN keyed WHERE any(key IN x.keys WHERE key IN k.keys) | k.id]
  ) END AS byAlias
WITH userEntities, x, byId, byName, byLegacyName, byAlias,
  byId IS NULL AND byName IS NULL AND byLegacyName IS NULL AND byAlias IS NULL AND size(x.embedding) > 0 AS unresolved
WITH x, byId, byName, byLegacyName, byAlias,
  CASE WHEN unresolved AND x.similarIds IS NOT NULL THEN head(COLLECT {
    UNWIND x.similarIds AS similarId
    MATCH (v:Entity {id: similarId}) WHERE v.userId = $userId
    ${MOST_SIMILAR}
  }) WHEN unresolved AND userEntities <= $exactScanMax THEN head(COLLECT {
    MATCH (v:Entity {userId: $userId})
    ${MOST_SIMILAR}
  }) WHEN unresolved THEN head(COLLECT {
    CALL (x) {
      CALL db.index.vector.queryNodes($entityVectorIndex, $similarK, x.embedding) YIELD node AS v
      WHERE v.userId = $userId
      RETURN v
      UNION
      WITH x WHERE x.nameLucene IS NOT NULL
      CALL db.index.fulltext.queryNodes($entityTextIndex, x.nameLucene, {limit: $similarK}) YIELD node AS v
      WHERE v.userId = $userId
      RETURN v
    }
    ${MOST_SIMILAR}
  }) END AS bySimilarity
WITH x, coalesce(byId.id, byName.id, byLegacyName, byAlias, bySimilarity) AS id
// Whether the entity found lacks normName (made through the generated CRUD), read here to spare another query.
OPTIONAL MATCH (found:Entity {id: id}) WHERE found.userId = $userId AND found.normName IS NULL
RETURN x.key AS key, id, found.name AS legacyName`;

// An entity lacking normName (made through the generated CRUD) gets the ingest's keys: its own normalised name when
// no other entity of the user holds it (normName is unique per user), tenant, and empty alias lists.
const UPDATE_ENTITIES = `
UNWIND $entities AS x
MATCH (e:Entity {id: x.existingId}) WHERE e.userId = $userId
CALL (e, x) {
  WITH e, x WHERE e.normName IS NULL
  WITH e, x, CASE WHEN x.ownNormName IS NULL OR EXISTS {
      MATCH (o:Entity {userId: $userId, normName: x.ownNormName}) WHERE o <> e } THEN null ELSE x.ownNormName END AS key
  SET e.normName = key, e.unkeyed = CASE WHEN key IS NULL THEN true END, e.tenant = coalesce(e.tenant, $tenant),
      e.aliases = coalesce(e.aliases, []), e.aliasKeys = coalesce(e.aliasKeys, [])
}
WITH e, x, [p IN [{alias: x.name, key: x.normName}] + x.aliasPairs
  WHERE p.key <> e.normName AND NOT p.key IN coalesce(e.aliasKeys, [])] AS pairs
WITH e, x, reduce(acc = [], p IN pairs | CASE WHEN p.key IN [q IN acc | q.key] THEN acc ELSE acc + p END) AS fresh
WITH e, x, [p IN fresh | p.alias] AS newAliases, [p IN fresh | p.key] AS freshKeys,
  CASE WHEN x.summary IS NULL OR coalesce(e.summary, '') CONTAINS x.summary THEN e.summary
       WHEN e.summary IS NULL THEN x.summary
       ELSE right(e.summary + ' ' + x.summary, 1000) END AS summary
WITH e, x, newAliases, freshKeys, summary,
  size(newAliases) > 0 OR coalesce(summary, '') <> coalesce(e.summary, '') AS changed
WITH e, x, newAliases, freshKeys, summary, changed,
  size(x.embedding) > 0 AND (changed OR e.embedding IS NULL) AS reembedded
SET e.aliases = coalesce(e.aliases, []) + newAliases,
    e.aliasKeys = coalesce(e.aliasKeys, []) + freshKeys,
    e.aliasText = reduce(s = '', a IN coalesce(e.aliases, []) + newAliases | s + ' ' + a),
    e.summary = summary,
    e.embedding = CASE WHEN reembedded THEN x.embedding ELSE e.embedding END,
    e.vseq = CASE WHEN reembedded THEN $vseq ELSE e.vseq END,
    e.updatedAt = CASE WHEN changed THEN datetime($now) ELSE e.updatedAt END,
    e.isUser = CASE WHEN x.isUser THEN true ELSE e.isUser END
RETURN x.key AS key, e.id AS id, changed, ${entityProjection('e')} AS entity`;

const MERGE_NEW_ENTITIES = `
UNWIND $entities AS x
MERGE (e:Entity {userId: $userId, normName: x.normName})
  ON CREATE SET e.id = x.id, e.tenant = $tenant, e.name = x.name, e.type = x.type, e.aliases = x.aliases,
    e.aliasKeys = x.aliasKeys, e.aliasText = reduce(s = '', a IN x.aliases | s + ' ' + a), e.summary = x.summary,
    e.embedding = CASE WHEN size(x.embedding) > 0 THEN x.embedding END, e.createdAt = datetime($now), e.updatedAt = datetime($now),
    e.accessLog = [$nowMs], e.accessCount = 1, e.lastAccessedAt = datetime($now), e.activation = 0.0,
    e.pinned = false, e.archived = false, e.vseq = $vseq
SET e.isUser = CASE WHEN x.isUser THEN true ELSE e.isUser END
RETURN x.key AS key, e.id AS id, e.id = x.id AS created, ${entityProjection('e')} AS entity`;

// A fact already held (same subject, predicate and object, still valid) gains a source instead of a duplicate.
const WRITE_FACTS = `
UNWIND $facts AS x
MATCH (s:Entity {id: x.subjectId}) WHERE s.userId = $userId
MATCH (ep:Episode {id: x.episodeId}) WHERE ep.userId = $userId
OPTIONAL MATCH (o:Entity {id: x.objectId}) WHERE o.userId = $userId
WITH x, s, o, ep, head(COLLECT {
  MATCH (f:Fact {userId: $userId, factKey: x.factKey})-[:SUBJECT]->(s) WHERE f.invalidatedAt IS NULL RETURN f
}) AS existing
CALL (x, s, o, ep, existing) {
  WITH x, s, o, ep, existing WHERE existing IS NULL
  CREATE (f:Fact {id: x.id, userId: $userId, tenant: $tenant, predicate: x.predicate, objectValue: x.objectValue,
    statement: x.statement, confidence: x.confidence, factKey: x.factKey, embedding: CASE WHEN size(x.embedding) > 0 THEN x.embedding END, vseq: $vseq,
    validFrom: datetime(x.validFrom), validTo: CASE WHEN x.validTo IS NULL THEN null ELSE datetime(x.validTo) END,
    createdAt: datetime($now), updatedAt: datetime($now), accessLog: [$nowMs], accessCount: 1,
    lastAccessedAt: datetime($now), activation: 0.0, pinned: false, archived: false})
  CREATE (f)-[:SUBJECT]->(s)
  CREATE (f)-[:FROM_EPISODE]->(ep)
  FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (f)-[:OBJECT]->(o))
  RETURN f, true AS created
  UNION
  WITH x, s, o, ep, existing WHERE existing IS NOT NULL
  MERGE (existing)-[:FROM_EPISODE]->(ep)
  RETURN existing AS f, false AS created
}
RETURN x.episodeRef AS episodeRef, f.id AS id, created, ${factProjection('f')} AS fact`;

// validTo is when the world changed (the invalidating episode), invalidatedAt when we learned it (now).
const INVALIDATE_FACTS = `
UNWIND $invalidations AS x
MATCH (f:Fact {id: x.factId}) WHERE f.userId = $userId AND f.invalidatedAt IS NULL AND NOT f.id IN $keep
MATCH (ep:Episode {id: x.episodeId}) WHERE ep.userId = $userId
SET f.invalidatedAt = datetime($now), f.updatedAt = datetime($now),
    f.validTo = coalesce(f.validTo, CASE WHEN f.validFrom > ep.occurredAt THEN f.validFrom ELSE ep.occurredAt END)
MERGE (f)-[:INVALIDATED_BY]->(ep)
RETURN x.episodeRef AS episodeRef, f.id AS id, ${factProjection('f')} AS fact`;

const WRITE_MENTIONS = `
UNWIND $mentions AS x
MATCH (ep:Episode {id: x.episodeId}) WHERE ep.userId = $userId
MATCH (e:Entity {id: x.entityId}) WHERE e.userId = $userId
MERGE (ep)-[:MENTIONS]->(e)`;

/** The key part of a literal object: readable when short, hashed when long (a range index holds at most ~8 KB). */
function valueKey(value: string): string {
  const norm = normalizeName(value);
  return norm.length <= 200 ? `v:${norm}` : `h:${createHash('sha256').update(norm).digest('hex')}`;
}

/** The statements of the facts extracted from an episode, joined: indexed with the episode, they help recall find it. */
function factKeysOf(plan: WritePlan, episodeRef: string): string | null {
  const statements = [
    ...new Set(
      plan.facts.filter((f) => f.episodeRef === episodeRef).map((f) => f.statement.replace(/[.!?\s]+$/, '')),
    ),
  ].filter(Boolean);
  return statements.length > 0 ? statements.join('. ') : null;
}

export interface PackOutcome {
  /** Per episode ref. */
  episodes: Map<string, { created: boolean; episode: ApiNode }>;
  entitiesCreated: Map<string, ApiNode>;
  entitiesUpdated: Map<string, ApiNode>;
  /** Entity ids each episode mentions. */
  mentionedBy: Map<string, Set<string>>;
  factsCreated: Array<{ episodeRef: string; fact: ApiNode }>;
  factsInvalidated: Array<{ episodeRef: string; fact: ApiNode }>;
}

/**
 * How a pack's episodes are written: `process` creates them processed (synchronous ingest), `queue` creates them
 * PENDING with nothing extracted yet (asynchronous ingest), `dequeue` marks queued ones processed and attaches what
 * was extracted from them.
 */
export type EpisodeWriteMode = 'process' | 'queue' | 'dequeue';

/** Thrown inside the transaction when every queued episode of a pack was processed (or erased) meanwhile. */
export class QueuedEpisodesGone extends Error {
  constructor() {
    super('the queued episodes were processed or erased meanwhile');
  }
}

/** Runs an UNWIND statement over `rows`, or nothing when there are none: a round trip saved. */
async function runRows(
  tx: ManagedTransaction,
  statement: string,
  rows: unknown[],
  params: Record<string, unknown>,
  name = 'entities',
): Promise<{ records: RecordShape[] }> {
  if (rows.length === 0) return { records: [] };
  return tx.run(statement, { ...params, [name]: rows });
}

/** Runs every write of one pack inside the caller's transaction; returns what was created and changed. */
export async function writePack(
  tx: ManagedTransaction,
  args: {
    userId: string;
    tenant: string;
    now: Date;
    episodes: Array<PreparedEpisode & { id: string; embedding: number[] }>;
    plan: WritePlan;
    mode?: EpisodeWriteMode;
    /** The user's vectors as the vector cache holds them: entity resolution then compares with those. */
    vectors?: { cache: VectorCache; held: UserVectors };
  },
): Promise<PackOutcome> {
  const mode = args.mode ?? 'process';
  const { userId, plan } = args;
  const user: UserParams = {
    userId,
    tenant: args.tenant,
    now: args.now.toISOString(),
    nowMs: args.now.getTime(),
  };
  const locked = await lockUser(tx, user, args.episodes, args.vectors?.held);
  const base: BaseParams = { ...user, vseq: locked.vectorsVersion };
  const heldEntities = currentHeldEntities(userId, args.vectors, locked);
  // Entities are resolved before this transaction writes any node: a fulltext or vector query in a transaction
  // that has changed indexed nodes first indexes those changes itself (measured: 8 ms alone, 110 ms after the
  // episodes were written). Nothing to resolve when every episode is already stored (a duplicate pack).
  const allStored = mode !== 'dequeue' && args.episodes.every((e) => locked.stored.has(e.dedupKey));
  const resolved = allStored ? null : await resolveEntities(tx, base, plan, heldEntities);
  const episodes = await writeEpisodeNodes(tx, base, args.episodes, plan, mode, locked);
  if (mode === 'dequeue' && episodes.size === 0) throw new QueuedEpisodesGone();
  if (!resolved || ![...episodes.values()].some((e) => e.created)) return { episodes, ...nothingAttached() };
  const written = writtenEpisodes(episodes);
  const entities = await writeEntities(tx, base, plan, resolved);
  const facts = await writeFacts(tx, base, plan, entities.idOfRef, written);
  const factsInvalidated = await invalidateFacts(tx, base, plan, facts.repeated, written);
  const mentionedBy = await writeMentions(tx, base, plan, entities.idOfRef, written);
  await reinforce(tx, {
    userId,
    entityIds: [...entities.reinforced],
    factIds: facts.repeated,
    now: args.now,
  });
  return {
    episodes,
    entitiesCreated: entities.created,
    entitiesUpdated: entities.updated,
    mentionedBy,
    factsCreated: facts.created,
    factsInvalidated,
  };
}

/** The user and time of a pack: what its lock statement takes. */
type UserParams = { userId: string; tenant: string; now: string; nowMs: number };
/** Parameters every later statement of a pack takes: those, and the vectors version its writes carry (LOCK_USER). */
type BaseParams = UserParams & { vseq: number };

/** The outcome's parts for a pack whose episodes were all written first by a concurrent ingest. */
function nothingAttached(): Omit<PackOutcome, 'episodes'> {
  return {
    entitiesCreated: new Map(),
    entitiesUpdated: new Map(),
    mentionedBy: new Map(),
    factsCreated: [],
    factsInvalidated: [],
  };
}

/** What the lock statement read: the pack's stored episodes, conversation tails, and the user's vectors versions. */
interface Locked {
  stored: Set<string>;
  tails: StoredTurn[];
  /** The version this pack's vectors carry. */
  vectorsVersion: number;
  /** The version of everything committed before this pack, and the entity vectors written since the held version. */
  committedVersion: number;
  entityDelta: VectorRow[];
}

/** Locks the user (serialising their writes); returns which of the pack's episodes are stored, and conversation tails. */
async function lockUser(
  tx: ManagedTransaction,
  base: UserParams,
  episodes: PreparedEpisode[],
  held: UserVectors | undefined,
): Promise<Locked> {
  const conversationIds = [...new Set(episodes.flatMap((e) => (e.conversationId ? [e.conversationId] : [])))];
  const locked = await tx.run(LOCK_USER, {
    ...base,
    keys: episodes.map((e) => e.dedupKey),
    conversationIds,
    entitiesSince: held?.entitiesVersion ?? null,
    deltaMax: DELTA_MAX_ROWS,
  });
  const row = locked.records[0];
  return {
    stored: new Set<string>(row?.get('stored') ?? []),
    tails: row?.get('tails') ?? [],
    vectorsVersion: Number(row?.get('vectorsVersion') ?? 0),
    committedVersion: Number(row?.get('committedVersion') ?? 0),
    entityDelta: row?.get('entityDelta') ?? [],
  };
}

/** The user's held entity vectors brought up to date under the lock, or null when they are not held (or dropped). */
function currentHeldEntities(
  userId: string,
  vectors: { cache: VectorCache; held: UserVectors } | undefined,
  { committedVersion, entityDelta }: Locked,
): VectorTable | null {
  if (!vectors) return null;
  const complete = entityDelta.length <= DELTA_MAX_ROWS;
  return vectors.cache.updateEntities(userId, vectors.held, committedVersion, entityDelta, complete)
    ? vectors.held.entities
    : null;
}

/**
 * The held entities nearest an extracted one's vector, down to just under the threshold (held vectors are float32):
 * the resolution statement checks each against the stored vector and type.
 */
function heldSimilarIds(held: VectorTable, embedding: number[]): string[] {
  const query = embedding.length === held.dimensions ? unitVector(embedding) : null;
  return query ? held.nearest(query, SIMILAR_CANDIDATES, ENTITY_SIMILARITY_THRESHOLD - 0.001) : [];
}

/**
 * Creates the pack's episodes with their places in conversations (or, dequeuing, claims the queued ones). Returns
 * each episode by ref, and whether this transaction created it.
 */
async function writeEpisodeNodes(
  tx: ManagedTransaction,
  base: BaseParams,
  episodes: Array<PreparedEpisode & { id: string; embedding: number[] }>,
  plan: WritePlan,
  mode: EpisodeWriteMode,
  { stored, tails }: { stored: Set<string>; tails: StoredTurn[] },
): Promise<PackOutcome['episodes']> {
  // Only episodes this transaction creates take a turn; a stored one is a duplicate and stays as it was.
  const { placements, previous } = placeTurns(
    episodes.filter((e) => !stored.has(e.dedupKey)),
    tails,
  );
  const rows = episodes.map((e) => {
    const placement = placements.get(e.ref);
    return {
      ...e,
      turn: placement?.turn ?? null,
      contextBefore: placement?.turn == null ? null : placement.contextBefore,
      contextAfter: placement?.turn == null ? null : placement.contextAfter,
      context: placement?.context ?? null,
      factKeys: factKeysOf(plan, e.ref),
      status: mode === 'queue' ? 'PENDING' : 'PROCESSED',
      queueIndex: mode === 'queue' ? e.index : null,
    };
  });
  const result =
    mode === 'dequeue'
      ? await tx.run(CLAIM_QUEUED_EPISODES, { ...base, episodes: rows })
      : await tx.run(MERGE_EPISODES, { ...base, episodes: rows, previous });
  const written: PackOutcome['episodes'] = new Map();
  for (const r of result.records)
    written.set(r.get('ref'), { created: r.get('created'), episode: r.get('episode') });
  return written;
}

/** What the later writes ask of the episodes: which are ours to attach to, and their ids. */
interface WrittenEpisodes {
  /** An episode a concurrent ingest wrote first is a duplicate: nothing of ours is attached to it. */
  live(ref: string): boolean;
  id(ref: string): string;
}

function writtenEpisodes(episodes: PackOutcome['episodes']): WrittenEpisodes {
  return {
    live: (ref) => episodes.get(ref)?.created === true,
    id: (ref) => episodes.get(ref)!.episode.id,
  };
}

/**
 * Resolves the planned entities against the user's, updates the ones found and creates the others. Returns the
 * entities created and changed, the existing ones to reinforce, and the stored id each extraction ref now has.
 */
async function writeEntities(
  tx: ManagedTransaction,
  base: BaseParams,
  plan: WritePlan,
  { existingId, legacyNames }: Resolved,
) {
  const rows = plan.entities.map((e) => entityRow(e, existingId.get(e.refs[0]!) ?? null));
  const toUpdate = rows
    .filter((e) => e.existingId)
    .map((e) => ({ ...e, ownNormName: null as string | null }));
  // Legacy entities (no normName) get their own normalised name; one row per name, so the unique key is never set twice.
  const claimed = new Set<string>();
  for (const [id, name] of legacyNames) {
    const own = normalizeName(name);
    if (!own || claimed.has(own)) continue;
    claimed.add(own);
    const row = toUpdate.find((e) => e.existingId === id);
    if (row) row.ownNormName = own;
  }
  const toCreate = rows.filter((e) => !e.existingId);
  const entityIdByKey = new Map<string, string>();
  const created = new Map<string, ApiNode>();
  const updated = new Map<string, ApiNode>();
  const reinforced = new Set<string>();
  for (const r of (await runRows(tx, UPDATE_ENTITIES, toUpdate, base)).records) {
    entityIdByKey.set(r.get('key'), r.get('id'));
    reinforced.add(r.get('id'));
    if (r.get('changed')) updated.set(r.get('id'), r.get('entity'));
  }
  for (const r of (await runRows(tx, MERGE_NEW_ENTITIES, toCreate, base)).records) {
    entityIdByKey.set(r.get('key'), r.get('id'));
    if (r.get('created')) created.set(r.get('id'), r.get('entity'));
    else reinforced.add(r.get('id'));
  }
  const idOfRef = (ref: string | null): string | null => {
    if (!ref) return null;
    const entity = plan.entities.find((e) => e.refs.includes(ref));
    return entity ? (entityIdByKey.get(entity.refs[0]!) ?? null) : null;
  };
  return { created, updated, reinforced, idOfRef };
}

/**
 * The existing entity each planned one is (by id, name, alias, then embedding similarity), keyed by its first ref,
 * and the names of those found that lack keys (made through the generated CRUD).
 */
type Resolved = { existingId: Map<string, string | null>; legacyNames: Map<string, string> };

async function resolveEntities(
  tx: ManagedTransaction,
  base: BaseParams,
  plan: WritePlan,
  heldEntities: VectorTable | null,
): Promise<Resolved> {
  const { userId } = base;
  const rows = plan.entities.map((e) => ({
    key: e.refs[0]!,
    knownId: e.knownId,
    normName: e.normName,
    keys: [e.normName, ...e.aliasKeys],
    nameLucene: tenantLuceneQuery(userId, [e.name, ...e.aliases].join(' ')),
    lowerName: e.name.trim().toLowerCase(),
    type: e.type,
    embedding: e.embedding,
    similarIds: heldEntities && e.embedding.length > 0 ? heldSimilarIds(heldEntities, e.embedding) : null,
  }));
  const keys = rows.flatMap((r) => r.keys);
  const resolved = await runRows(tx, RESOLVE_ENTITIES, rows, {
    ...base,
    keyQueries: entityKeyQueries(userId, keys),
    // As many as five entities a key, as when each entity was looked up alone.
    keyLimit: 5 * keys.length,
    threshold: ENTITY_SIMILARITY_THRESHOLD,
    entityKeyIndex: IndexNames.entityKeys,
    entityVectorIndex: IndexNames.entityVector,
    entityTextIndex: IndexNames.entityFulltext,
    similarK: SIMILAR_CANDIDATES,
    exactScanMax: EXACT_SCAN_MAX,
  });
  const existingId = new Map<string, string | null>(resolved.records.map((r) => [r.get('key'), r.get('id')]));
  const legacyNames = new Map<string, string>();
  for (const r of resolved.records)
    if (r.get('legacyName') != null) legacyNames.set(r.get('id'), r.get('legacyName'));
  return { existingId, legacyNames };
}

/** A planned entity as UPDATE_ENTITIES and MERGE_NEW_ENTITIES read it. */
function entityRow(e: WritePlan['entities'][number], existingId: string | null) {
  return {
    key: e.refs[0]!,
    id: e.id,
    existingId,
    name: e.name,
    normName: e.normName,
    type: e.type,
    aliases: e.aliases,
    aliasKeys: e.aliasKeys,
    aliasPairs: e.aliases.map((alias, i) => ({ alias, key: e.aliasKeys[i] })),
    summary: e.summary,
    embedding: e.embedding,
    isUser: e.isUser,
  };
}

/** Writes the planned facts of live episodes: new ones created, ones the user already holds (`repeated`) sourced. */
async function writeFacts(
  tx: ManagedTransaction,
  base: BaseParams,
  plan: WritePlan,
  idOfRef: (ref: string | null) => string | null,
  episodes: WrittenEpisodes,
): Promise<{ created: PackOutcome['factsCreated']; repeated: string[] }> {
  // Same subject, predicate and object in one pack: one fact.
  const rows = new Map<string, Record<string, unknown>>();
  for (const f of plan.facts) {
    const subjectId = idOfRef(f.subjectRef);
    if (!subjectId || !episodes.live(f.episodeRef)) continue;
    const objectId = idOfRef(f.objectRef);
    const factKey = `${f.predicate}|${objectId ? `e:${objectId}` : valueKey(f.objectValue ?? f.statement)}`;
    const dedup = `${subjectId}|${factKey}`;
    if (rows.has(dedup)) continue;
    rows.set(dedup, { ...f, subjectId, objectId, factKey, episodeId: episodes.id(f.episodeRef) });
  }
  const result = await runRows(tx, WRITE_FACTS, [...rows.values()], base, 'facts');
  const created: PackOutcome['factsCreated'] = [];
  const repeated: string[] = [];
  for (const r of result.records) {
    if (r.get('created')) created.push({ episodeRef: r.get('episodeRef'), fact: r.get('fact') });
    else repeated.push(r.get('id'));
  }
  return { created, repeated };
}

/** Invalidates the known facts the live episodes ended, except those this pack just repeated. */
async function invalidateFacts(
  tx: ManagedTransaction,
  base: BaseParams,
  plan: WritePlan,
  repeated: string[],
  episodes: WrittenEpisodes,
): Promise<PackOutcome['factsInvalidated']> {
  const rows = plan.invalidations
    .filter((i) => episodes.live(i.episodeRef))
    .map((i) => ({ ...i, episodeId: episodes.id(i.episodeRef) }));
  const invalidated = await runRows(tx, INVALIDATE_FACTS, rows, { ...base, keep: repeated }, 'invalidations');
  return invalidated.records.map((r) => ({ episodeRef: r.get('episodeRef'), fact: r.get('fact') }));
}

/** Links each live episode to the entities it mentions; returns their ids per episode ref. */
async function writeMentions(
  tx: ManagedTransaction,
  base: BaseParams,
  plan: WritePlan,
  idOfRef: (ref: string | null) => string | null,
  episodes: WrittenEpisodes,
): Promise<PackOutcome['mentionedBy']> {
  const mentionedBy: PackOutcome['mentionedBy'] = new Map();
  const rows: Array<{ episodeId: string; entityId: string }> = [];
  for (const [ref, entityRefs] of plan.mentions) {
    if (!episodes.live(ref)) continue;
    const ids = new Set([...entityRefs].map(idOfRef).filter((id): id is string => Boolean(id)));
    mentionedBy.set(ref, ids);
    for (const entityId of ids) rows.push({ episodeId: episodes.id(ref), entityId });
  }
  await runRows(tx, WRITE_MENTIONS, rows, base, 'mentions');
  return mentionedBy;
}

/** One write transaction for a pack (see writePack). */
export async function writeEpisodes(
  services: IngestServices,
  userId: string,
  episodes: Array<PreparedEpisode & { id: string; embedding: number[] }>,
  plan: WritePlan,
  mode: EpisodeWriteMode,
): Promise<PackOutcome> {
  const now = services.now();
  const cache = services.vectorCache;
  const held = cache?.take(userId, services.llm.embeddingDimensions);
  const vectors = cache && held ? { cache, held } : undefined;
  return withWrite(services, (tx) =>
    writePack(tx, { userId, tenant: tenantOf(userId), now, episodes, plan, mode, vectors }),
  );
}
