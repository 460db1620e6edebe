// Extracts queued episodes: polls Neo4j for users with due episodes, claims a user, takes the head of their queue in
// packs through the same pipeline as synchronous ingest, and backs off while the model is unavailable.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ErrorCode, isDatabaseUnavailable } from '../../errors/index.ts';
import { cutPacks } from '../ingest/packing.ts';
import { extractPack } from '../ingest/pipeline.ts';
import type { IngestServices, PreparedEpisode } from '../ingest/types.ts';
import { QueuedEpisodesGone } from '../ingest/write.ts';
import { CLAIM_USER, DUE_USERS, POSTPONE_EPISODES, QUEUED_EPISODES, RELEASE_USER } from './queue-queries.ts';

export interface IngestWorkerOptions {
  /** Users extracted at once by this instance. */
  concurrency: number;
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Bad outputs after which an episode tried alone is FAILED. */
  maxBadOutputs: number;
  leaseMs: number;
  logger: Logger;
}

/** Packs one claim processes before the user goes back to the queue, so one busy user does not starve the others. */
const PACKS_PER_CLAIM = 4;

interface QueuedEpisode extends PreparedEpisode {
  id: string;
  badOutputs: number;
  due: boolean;
}

export interface IngestWorker {
  /** Looks for work now instead of at the next poll. */
  wake(): void;
  /** Stops polling and waits for the packs in flight; their users' leases are released. */
  stop(): Promise<void>;
}

export function startIngestWorker(services: IngestServices, options: IngestWorkerOptions): IngestWorker {
  const owner = randomUUID();
  const { driver, database } = services;
  const log = options.logger.child({ component: 'ingest-worker' });
  const inFlight = new Map<string, Promise<unknown>>();
  let stopped = false;
  // The model's outages are shared by every user: the backoff grows with this instance's consecutive outages and
  // starts over once a pack goes through.
  let consecutiveOutages = 0;
  let polling = false;
  let pollAgain = false;

  const read = (query: string, params: Record<string, unknown>) =>
    driver.executeQuery(
      query,
      { ...params, now: services.now().toISOString() },
      { database, routing: 'READ' },
    );
  const write = (query: string, params: Record<string, unknown>) =>
    driver.executeQuery(query, { ...params, now: services.now().toISOString() }, { database });

  async function poll(): Promise<void> {
    if (stopped) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = true;
    try {
      const free = options.concurrency - inFlight.size;
      if (free <= 0) return;
      const { records } = await read(DUE_USERS, { limit: free + inFlight.size });
      for (const record of records) {
        const userId = record.get('userId') as string;
        if (inFlight.size >= options.concurrency || stopped) break;
        if (inFlight.has(userId)) continue;
        const run = processUser(userId).then((progressed) => {
          inFlight.delete(userId);
          // More queued episodes, or another user waiting for a free slot: look again at once (after a failure,
          // at the next poll).
          if (progressed && !stopped) setImmediate(() => void poll());
        });
        inFlight.set(userId, run);
      }
    } catch (error) {
      // Neo4j down or the schema not set up yet: the next poll tries again.
      log.debug({ err: (error as Error).message }, 'ingest queue poll failed');
    } finally {
      polling = false;
      if (pollAgain && !stopped) {
        pollAgain = false;
        setImmediate(() => void poll());
      }
    }
  }

  /** Processes up to PACKS_PER_CLAIM packs of one user; true when at least one went through. */
  async function processUser(userId: string): Promise<boolean> {
    let progressed = false;
    try {
      for (let packs = 0; packs < PACKS_PER_CLAIM && !stopped; packs++) {
        const claimed = await write(CLAIM_USER, { userId, owner, leaseMs: options.leaseMs });
        if (claimed.records.length === 0) break;
        const pack = await headOfQueue(userId);
        if (!pack || !(await processPack(userId, pack))) break;
        progressed = true;
      }
    } catch (error) {
      log.warn({ err: (error as Error).message, userId }, 'ingest queue: user left for a later poll');
    } finally {
      await write(RELEASE_USER, { userId, owner }).catch(() => {});
    }
    return progressed;
  }

  /** The first pack of the user's queue, or null when the queue is empty or its head is not due yet. */
  async function headOfQueue(userId: string): Promise<QueuedEpisode[] | null> {
    const { records } = await read(QUEUED_EPISODES, { userId, limit: 32 });
    const queued = records.map((r, index) => {
      const e = r.get('episode');
      return { ...e, index, ref: '', dedupKey: e.dedupKey ?? '' } as QueuedEpisode;
    });
    if (queued.length === 0 || !queued[0]!.due) return null;
    // After a bad output, episodes are tried one at a time, so one bad episode fails alone.
    if (queued[0]!.badOutputs > 0) return [queued[0]!];
    const firstNotDue = queued.findIndex((e) => !e.due);
    const due = firstNotDue < 0 ? queued : queued.slice(0, firstNotDue);
    return cutPacks(due)[0] ?? null;
  }

  /** Extracts and writes one pack; on failure postpones it. True when the user's queue may go on at once. */
  async function processPack(userId: string, pack: QueuedEpisode[]): Promise<boolean> {
    try {
      await extractPack(services, userId, pack, 'dequeue');
      consecutiveOutages = 0;
      return true;
    } catch (error) {
      if (error instanceof QueuedEpisodesGone) return true;
      if (isDatabaseUnavailable(error)) throw error;
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      const unavailable = code === ErrorCode.LLM_UNAVAILABLE;
      const attempt = Math.max(...pack.map((e) => e.badOutputs)) + 1;
      const delayMs = backoff(unavailable ? ++consecutiveOutages : attempt, options);
      const { records } = await write(POSTPONE_EPISODES, {
        userId,
        ids: pack.map((e) => e.id),
        badOutput: unavailable ? 0 : 1,
        // Only an episode tried alone can fail: in a pack, the bad one is not known yet.
        failAt: pack.length === 1 ? options.maxBadOutputs : Number.MAX_SAFE_INTEGER,
        error: (error as Error).message.slice(0, 1000),
        delayMs,
      });
      const failed = records.filter((r) => r.get('failed')).map((r) => r.get('episode'));
      if (failed.length > 0)
        await services.events.publish(
          failed.map((episode) => ({ kind: 'EPISODE_FAILED', userId, nodeId: episode.id, episode })),
        );
      log.info(
        { userId, episodes: pack.length, delayMs, failed: failed.length, err: (error as Error).message },
        unavailable
          ? 'model unavailable: queued episodes wait'
          : 'extraction failed: queued episodes retried',
      );
      return false;
    }
  }

  const timer = setInterval(() => void poll(), options.pollMs);
  timer.unref();
  setImmediate(() => void poll());

  return {
    wake() {
      setImmediate(() => void poll());
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}

/** Exponential backoff with ±20% jitter, so instances and users do not retry in step. */
function backoff(attempt: number, options: Pick<IngestWorkerOptions, 'retryBaseMs' | 'retryMaxMs'>): number {
  const delay = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}
