// The vector cache: the episode, fact and entity vectors of recently active users, held in this process. Recall's
// dense search is then a scan in memory (about 1 ms for 20,000 vectors of 384 dimensions, src/memory/vector-scan/)
// instead of two queries of the shared vector indexes (about 20 ms at 10,000 facts, and crowded by other users'
// nodes); ingest's entity resolution compares a pack's entities with the user's held ones instead of querying the
// entity vector index, which after every commit first indexes what was written (most of the write path's time,
// measured).
//
// Coherent without messages between instances: every ingest pack stamps its vectors with the user's next vectors
// version (`vseq`, src/memory/ingest/write.ts), and each recall reads, in its one statement, the vectors the user
// gained since the version held here. Visibility (archived, invalidated, asOf) is still decided by that statement,
// so deleted or hidden nodes held here are never returned. Entities are read the same way by ingest, under the
// user's lock (their own version, `entitiesVersion`). A user's first recall or ingest goes to the indexes and starts
// loading the user's vectors in the background.
import type { Neo4jTarget } from '../neo4j/index.ts';
import { VectorMatrix } from './vector-scan/vector-matrix.ts';

/** A stored vector as the recall statement or the loader reads it. */
export interface VectorRow {
  id: string;
  embedding: number[] | null;
  conversationId?: string | null;
  turn?: number | null;
}

/**
 * Cypher for a user's next vectors version after `committed`: one above it, never below the clock (`$nowMs`), so a
 * user erased and written again starts above any version a cache still holds.
 */
export const nextVectorsVersion = (committed: string) =>
  `CASE WHEN ${committed} >= $nowMs THEN ${committed} + 1 ELSE $nowMs END`;

/** Rows written since the version held that one statement reads at most; more drop the user's vectors (reloaded). */
export const DELTA_MAX_ROWS = 500;

/** Bytes one row costs besides its vector (id string, maps, conversation place). */
const ROW_OVERHEAD_BYTES = 160;

/** One kind's vectors of one user, at unit length, in one growable matrix. */
export class VectorTable {
  private ids: string[] = [];
  private rowOf = new Map<string, number>();
  private matrix: VectorMatrix;
  /** Conversation → turn → row, for the neighbouring turns of an episode. */
  private turns = new Map<string, Map<number, number>>();
  private place: Array<{ conversationId: string; turn: number } | null> = [];

  constructor(readonly dimensions: number) {
    this.matrix = new VectorMatrix(dimensions);
  }

  get size(): number {
    return this.ids.length;
  }

  get bytes(): number {
    return this.matrix.byteLength + this.ids.length * ROW_OVERHEAD_BYTES;
  }

  /** Adds a row, or replaces the one with the same id (a vector written again). Rows of another size are skipped. */
  upsert(row: VectorRow): void {
    const v = row.embedding;
    if (!v || v.length !== this.dimensions) return;
    let at = this.rowOf.get(row.id);
    if (at === undefined) {
      at = this.ids.length;
      this.matrix.reserve(at + 1);
      this.ids.push(row.id);
      this.place.push(null);
      this.rowOf.set(row.id, at);
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    this.matrix.set(at, v, scale);
    if (row.conversationId != null && row.turn != null) {
      const turn = Number(row.turn);
      this.place[at] = { conversationId: row.conversationId, turn };
      const turns = this.turns.get(row.conversationId) ?? new Map<number, number>();
      this.turns.set(row.conversationId, turns);
      turns.set(turn, at);
    }
  }

  /**
   * The ids of the `n` rows nearest a unit query that score at least `min` ((1 + cos) / 2, as Neo4j's vector index
   * and functions score), best first. The scan's scores are read here and not kept: a recall allocates nothing the
   * size of the user (at 100,000 rows such arrays made the garbage collector pause recall, measured).
   */
  nearest(query: Float32Array, n: number, min: number): string[] {
    const scores = this.matrix.scoreAll(query, this.ids.length);
    // A bound that rises as better rows come: most rows are dropped by one comparison, not sorted.
    const best: number[] = [];
    let floor = min;
    for (let r = 0; r < scores.length; r++) {
      if (scores[r]! < floor) continue;
      best.push(r);
      if (best.length >= 2 * n) {
        best.sort((x, y) => scores[y]! - scores[x]!);
        best.length = n;
        floor = scores[best[n - 1]!]!;
      }
    }
    best.sort((x, y) => scores[y]! - scores[x]!);
    return best.slice(0, n).map((r) => this.ids[r]!);
  }

  /** A row's score against a unit query (its vector as held now), or null when the row is not held. */
  scoreOf(query: Float32Array, id: string): number | null {
    const at = this.rowOf.get(id);
    return at === undefined ? null : this.matrix.score(at, query);
  }

  /** The mean score of an episode's neighbouring turns (two either side), or null when none is held. */
  neighbourScore(query: Float32Array, id: string): number | null {
    const at = this.rowOf.get(id);
    const place = at === undefined ? null : this.place[at];
    if (!place) return null;
    const turns = this.turns.get(place.conversationId)!;
    let sum = 0;
    let count = 0;
    for (const delta of [-2, -1, 1, 2]) {
      const row = turns.get(place.turn + delta);
      if (row !== undefined) {
        sum += this.matrix.score(row, query);
        count++;
      }
    }
    return count ? sum / count : null;
  }
}

/** A user's held vectors, as of `version` (the user's vectors version when they were read). */
export interface UserVectors {
  version: number;
  /** When they were loaded (ms): held vectors are reloaded after RELOAD_AFTER_MS. */
  loadedAt: number;
  episodes: VectorTable;
  facts: VectorTable;
  /** Entity vectors for ingest's entity resolution, current up to `entitiesVersion` (recall does not read them). */
  entities: VectorTable;
  entitiesVersion: number;
}

/** The kinds of vectors held for a user. */
const KINDS = ['episodes', 'facts', 'entities'] as const;

/** The query at unit length, or null for a zero vector. */
export function unitVector(vector: number[]): Float32Array | null {
  let norm = 0;
  for (const x of vector) norm += x * x;
  if (!(norm > 0)) return null;
  const scale = 1 / Math.sqrt(norm);
  return Float32Array.from(vector, (x) => x * scale);
}

// Read in this order: the version first, so rows written meanwhile are read again as newer than it.
const USER_VECTORS_VERSION = `
OPTIONAL MATCH (u:User {id: $userId}) RETURN coalesce(u.vectorsVersion, 0) AS version`;

// One row per node, streamed: each vector becomes a Float32Array row as it arrives, not all of them at once.
const USER_VECTORS = {
  episodes: `MATCH (n:Episode {userId: $userId}) WHERE size(n.embedding) = $dimensions
    RETURN n.id AS id, n.embedding AS embedding, n.conversationId AS conversationId, n.turn AS turn`,
  facts: `MATCH (n:Fact {userId: $userId}) WHERE size(n.embedding) = $dimensions
    RETURN n.id AS id, n.embedding AS embedding`,
  entities: `MATCH (n:Entity {userId: $userId}) WHERE size(n.embedding) = $dimensions
    RETURN n.id AS id, n.embedding AS embedding`,
};

const COUNT_USER_VECTORS = `
CALL () { MATCH (n:Episode {userId: $userId}) RETURN count(n) AS episodes }
CALL () { MATCH (n:Fact {userId: $userId}) RETURN count(n) AS facts }
CALL () { MATCH (n:Entity {userId: $userId}) RETURN count(n) AS entities }
RETURN episodes + facts + entities AS rows`;

/**
 * Held vectors are reloaded (in the background, still used meanwhile) this long after loading: what was deleted
 * elsewhere leaves them then. Until then a deleted episode's vector may still count as context of its neighbouring
 * turns; it is never returned itself (the statement finds it gone).
 */
const RELOAD_AFTER_MS = 10 * 60_000;

/** How long a user too large to hold is not tried again. */
const TOO_LARGE_RETRY_MS = 10 * 60_000;

export interface VectorCacheOptions {
  maxBytes: number;
  logger?: { warn(obj: object, msg: string): void };
  now?: () => number;
}

/** The vectors of recently active users, least recently used evicted first, within `maxBytes`. */
export class VectorCache {
  private users = new Map<string, UserVectors>();
  private loading = new Set<string>();
  private tooLarge = new Map<string, number>();
  /** Loads run one after another: they are background work, and each holds a user's vectors in flight. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly target: Neo4jTarget,
    private readonly options: VectorCacheOptions,
  ) {}

  /** The user's vectors when held (for this dimension); otherwise starts loading them for the next recall or ingest. */
  take(userId: string, dimensions: number): UserVectors | undefined {
    const held = this.users.get(userId);
    if (held && held.episodes.dimensions === dimensions) {
      // Most recently used last: eviction takes the first.
      this.users.delete(userId);
      this.users.set(userId, held);
      if (this.clock() - held.loadedAt > RELOAD_AFTER_MS) this.load(userId, dimensions);
      return held;
    }
    if (held) this.users.delete(userId);
    this.load(userId, dimensions);
    return undefined;
  }

  /**
   * Applies what a recall read: the user's vectors version and the rows written since the version held. A version
   * below the one held (the user was erased) or rows beyond what one statement reads drop the user: reloaded later.
   */
  update(
    userId: string,
    held: UserVectors,
    version: number,
    episodes: VectorRow[],
    facts: VectorRow[],
    complete = true,
  ) {
    if (this.users.get(userId) !== held) return;
    if (version < held.version || !complete) {
      this.users.delete(userId);
      return;
    }
    for (const row of episodes) held.episodes.upsert(row);
    for (const row of facts) held.facts.upsert(row);
    held.version = Math.max(held.version, version);
    this.evict();
  }

  /**
   * Applies what ingest read under the user's lock: the entity vectors written since `held.entitiesVersion`, all of
   * them up to `version`. Returns whether the held entities are now current (resolution may use them); a version
   * below the one held (the user was erased) or rows beyond what one statement reads drop the user.
   */
  updateEntities(
    userId: string,
    held: UserVectors,
    version: number,
    rows: VectorRow[],
    complete: boolean,
  ): boolean {
    if (this.users.get(userId) !== held) return false;
    if (version < held.entitiesVersion || !complete) {
      this.users.delete(userId);
      return false;
    }
    for (const row of rows) held.entities.upsert(row);
    held.entitiesVersion = version;
    this.evict();
    return true;
  }

  /** Forgets every user (the stored vectors are being converted to another model). */
  clear(): void {
    this.users.clear();
  }

  get bytes(): number {
    let total = 0;
    for (const held of this.users.values()) total += heldBytes(held);
    return total;
  }

  /** Resolves when the loads asked for so far are done (or failed). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Waits for a load in flight; loads no more (the driver is about to close). */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
  }

  private load(userId: string, dimensions: number): void {
    if (this.closed || this.options.maxBytes <= 0 || this.loading.has(userId)) return;
    const refusedAt = this.tooLarge.get(userId);
    if (refusedAt !== undefined && this.clock() - refusedAt < TOO_LARGE_RETRY_MS) return;
    this.loading.add(userId);
    this.queue = this.queue
      .then(() => this.read(userId, dimensions))
      .catch((err: Error) =>
        this.options.logger?.warn({ err: err.message, userId }, 'vector cache: load failed'),
      )
      .finally(() => this.loading.delete(userId));
  }

  private async read(userId: string, dimensions: number): Promise<void> {
    const { driver, database } = this.target;
    // A user who would take more than half the cache is searched through the indexes instead.
    const counted = await driver.executeQuery(COUNT_USER_VECTORS, { userId }, { database, routing: 'READ' });
    const rows = Number(counted.records[0]?.get('rows') ?? 0);
    if (rows * (dimensions * 4 + ROW_OVERHEAD_BYTES) > this.options.maxBytes / 2) {
      this.tooLarge.set(userId, this.clock());
      return;
    }
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    let held: UserVectors;
    try {
      const version = await session.run(USER_VECTORS_VERSION, { userId });
      const loadedVersion = Number(version.records[0]?.get('version') ?? 0);
      held = {
        version: loadedVersion,
        loadedAt: this.clock(),
        episodes: new VectorTable(dimensions),
        facts: new VectorTable(dimensions),
        entities: new VectorTable(dimensions),
        entitiesVersion: loadedVersion,
      };
      for (const kind of KINDS)
        for await (const record of session.run(USER_VECTORS[kind], { userId, dimensions }))
          held[kind].upsert(record.toObject() as VectorRow);
    } finally {
      await session.close();
    }
    this.users.delete(userId);
    this.users.set(userId, held);
    this.evict();
  }

  private clock(): number {
    return this.options.now?.() ?? Date.now();
  }

  private evict(): void {
    let total = this.bytes;
    for (const [userId, held] of this.users) {
      if (total <= this.options.maxBytes) break;
      total -= heldBytes(held);
      this.users.delete(userId);
    }
  }
}

function heldBytes(held: UserVectors): number {
  return KINDS.reduce((sum, kind) => sum + held[kind].bytes, 0);
}
