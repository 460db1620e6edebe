// Write-behind of the uses recall records: recall answers from one read transaction and leaves its "this was
// used" writes here; they are written in batches, one transaction per flush, and flushed on shutdown.
//
// What a crash can lose is bounded: at most `flushEveryMs` of uses (plus a flush in flight), never more than
// `maxPending`. A lost use only means a memory fades a little sooner; nothing the user said is lost.
import { type Neo4jTarget, withWrite } from '../../neo4j/index.ts';
import { type MemoryUse, reinforceMany } from './reinforce.ts';

export interface UseRecorderOptions extends Neo4jTarget {
  /** Uses held before further ones are dropped (counted in `dropped`). */
  maxPending?: number;
  /** How often pending uses are written. */
  flushEveryMs?: number;
  logger?: { warn(obj: object, msg: string): void };
}

/** A bounded queue of memory uses, written in batches off the response path. */
export class UseRecorder {
  private entities: MemoryUse[] = [];
  private facts: MemoryUse[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;
  /** Uses dropped because the queue was full (the database could not keep up or was down). */
  dropped = 0;
  private readonly maxPending: number;
  private readonly flushEveryMs: number;

  constructor(private readonly options: UseRecorderOptions) {
    this.maxPending = options.maxPending ?? 10_000;
    this.flushEveryMs = options.flushEveryMs ?? 200;
  }

  /** Records that recall returned these memories of one user at `at`. */
  record(userId: string, ids: { entityIds: string[]; factIds: string[] }, at: Date): void {
    if (this.closed) return;
    const atMs = at.getTime();
    for (const [list, idsOfKind] of [
      [this.entities, ids.entityIds],
      [this.facts, ids.factIds],
    ] as const) {
      for (const id of idsOfKind) {
        if (this.pending >= this.maxPending) this.dropped++;
        else list.push({ userId, id, atMs });
      }
    }
    if (this.pending > 0 && !this.timer) this.timer = setTimeout(() => void this.flush(), this.flushEveryMs);
  }

  get pending(): number {
    return this.entities.length + this.facts.length;
  }

  /** Writes what is pending now (after any flush in flight); a failure is logged and those uses are dropped. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = { entities: this.entities, facts: this.facts };
    this.entities = [];
    this.facts = [];
    this.flushing = this.flushing.then(async () => {
      if (!batch.entities.length && !batch.facts.length) return;
      try {
        await withWrite(this.options, (tx) => reinforceMany(tx, batch));
      } catch (err) {
        this.dropped += batch.entities.length + batch.facts.length;
        this.options.logger?.warn({ err: (err as Error).message }, 'recall uses not recorded');
      }
    });
    return this.flushing;
  }

  /** Stops taking uses and writes the pending ones (on shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }
}
