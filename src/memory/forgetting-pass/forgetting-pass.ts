// The forgetting pass: archives what faded, deletes what is gone along with its orphaned provenance, in Neo4j.
import { int, type ManagedTransaction } from 'neo4j-driver';
import { type EventBus, type GraphChange, GraphUpdateKind } from '../../events/index.ts';
import { type Neo4jTarget, withSession } from '../../neo4j/index.ts';
import type { ForgetPolicy } from './policy.ts';
import { FORGET_APPLY, FORGET_DRY_RUN, type ForgetKind } from './queries.ts';

/** Counts and (a bounded list of) ids of one kind of change. */
export interface ForgetChanges {
  entities: number;
  facts: number;
  episodes: number;
  entityIds: string[];
  factIds: string[];
  episodeIds: string[];
}

export interface ForgetReport {
  dryRun: boolean;
  /** The user the pass ran for, or null for every user. */
  userId: string | null;
  ranAt: Date;
  policy: ForgetPolicy;
  scanned: { entities: number; facts: number; episodes: number };
  archived: ForgetChanges;
  deleted: ForgetChanges;
  /** True when more ids changed than the lists hold (the counts are always complete). */
  idsTruncated: boolean;
  /** False when the pass was stopped (server shutdown) before it finished. */
  completed: boolean;
  durationMs: number;
}

export interface ForgettingPassServices extends Neo4jTarget {
  /** Where the changes of each committed batch are announced (nothing on a dry run). */
  events?: Pick<EventBus, 'publish'>;
}

export interface ForgettingPassOptions {
  /** One user, or every user when omitted. */
  userId?: string;
  now: Date;
  dryRun?: boolean;
  policy: ForgetPolicy;
  /** Nodes per transaction. */
  batchSize?: number;
  /** Ids kept per list in the report. */
  idLimit?: number;
  /** Stops between batches. */
  signal?: AbortSignal;
}

interface ChangedRow {
  id: string;
  userId: string;
  action: 'archive' | 'delete';
  activation: number | null;
  node: Record<string, unknown> | null;
}

const PHASES: ForgetKind[] = ['episode', 'fact', 'entity'];
const PLURAL = { episode: 'episodes', fact: 'facts', entity: 'entities' } as const;
const IDS = { episode: 'episodeIds', fact: 'factIds', entity: 'entityIds' } as const;

function emptyChanges(): ForgetChanges {
  return { entities: 0, facts: 0, episodes: 0, entityIds: [], factIds: [], episodeIds: [] };
}

function toChange(kind: ForgetKind, row: ChangedRow): GraphChange {
  const property = kind === 'entity' ? 'entity' : kind === 'fact' ? 'fact' : 'episode';
  return row.action === 'archive'
    ? { kind: GraphUpdateKind.MEMORY_ARCHIVED, userId: row.userId, nodeId: row.id, [property]: row.node }
    : { kind: GraphUpdateKind.MEMORY_FORGOTTEN, userId: row.userId, nodeId: row.id, [property]: null };
}

/** Runs one forgetting pass (for one user or all) in bounded Neo4j transactions and reports what changed. */
export async function runForgettingPass(
  services: ForgettingPassServices,
  options: ForgettingPassOptions,
): Promise<ForgetReport> {
  const started = performance.now();
  const { policy, dryRun = false, batchSize = 2000, idLimit = 100 } = options;
  const nowMs = options.now.getTime();
  const report: ForgetReport = {
    dryRun,
    userId: options.userId ?? null,
    ranAt: options.now,
    policy,
    scanned: { entities: 0, facts: 0, episodes: 0 },
    archived: emptyChanges(),
    deleted: emptyChanges(),
    idsTruncated: false,
    completed: true,
    durationMs: 0,
  };
  const scope = options.userId === undefined ? 'all' : 'user';
  const params = {
    userId: options.userId ?? null,
    nowMs,
    cutoffMs: nowMs - policy.retentionDays * 86_400_000,
    archiveBelow: policy.archiveBelow,
    deleteBelow: policy.deleteBelow,
    // JS numbers travel as floats; LIMIT needs an integer.
    batchSize: int(batchSize),
  };
  try {
    return await withSession(services, async (session) => {
      for (const kind of PHASES) {
        const query = (dryRun ? FORGET_DRY_RUN : FORGET_APPLY)[kind][scope];
        let after = '';
        for (;;) {
          if (options.signal?.aborted) {
            report.completed = false;
            return report;
          }
          const run = (tx: ManagedTransaction) => tx.run(query, { ...params, after });
          const result = dryRun ? await session.executeRead(run) : await session.executeWrite(run);
          const record = result.records[0];
          const scanned = (record?.get('scanned') as number | undefined) ?? 0;
          if (!record || scanned === 0) break;
          report.scanned[PLURAL[kind]] += scanned;
          const changed = record.get('changed') as ChangedRow[];
          for (const row of changed) {
            const bucket = row.action === 'archive' ? report.archived : report.deleted;
            bucket[PLURAL[kind]] += 1;
            const ids = bucket[IDS[kind]];
            if (ids.length < idLimit) ids.push(row.id);
            else report.idsTruncated = true;
          }
          // Published per batch, right after its transaction committed: subscribers never see a rolled-back change.
          if (!dryRun && changed.length && services.events)
            await services.events.publish(changed.map((row) => toChange(kind, row)));
          after = record.get('lastId') as string;
          if (scanned < batchSize) break;
        }
      }
      return report;
    });
  } finally {
    report.durationMs = Math.round(performance.now() - started);
  }
}
