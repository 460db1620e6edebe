// The event bus for several instances: Redis pub/sub carries every update to every instance, and Redis INCR
// numbers them per user so sequences agree whichever instance published.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { BusObserver, EventBus } from './event-bus.ts';
import { type GraphChange, type GraphUpdate, GraphUpdateKind } from './graph-update.ts';
import { ListeningBus } from './listener-registry.ts';

const CHANNEL = 'persona-graph:graph-updates';
const sequenceKey = (userId: string) => `persona-graph:sequence:${userId}`;

export class RedisEventBus extends ListeningBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly ready: Promise<unknown>;
  /** Set when the subscriber connection drops after it was up: what Redis carried meanwhile never reached us. */
  private lostConnection = false;
  /** Users whose updates could not be published: their next published update skips a number, so a gap shows it. */
  private readonly unpublished = new Set<string>();

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly observer?: BusObserver,
  ) {
    super();
    // Fail a command after a few retries instead of queueing it forever: publishing must not hang a write.
    const options = { maxRetriesPerRequest: 2, lazyConnect: false };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (err) => logger.warn({ err: err.message }, 'redis event bus error'));
    this.subscriber.on('message', (_channel: string, message: string) => this.deliver(message));
    this.subscriber.on('close', () => {
      this.lostConnection = true;
    });
    // ioredis reconnects and subscribes again by itself; our listeners are told to re-read what they missed.
    this.subscriber.on('ready', () => {
      if (this.lostConnection) this.announceMissedUpdates();
      this.lostConnection = false;
    });
    this.ready = this.subscriber.subscribe(CHANNEL).catch((err: Error) => {
      logger.error({ err: err.message }, 'redis event bus could not subscribe');
    });
  }

  /** Resolves once this instance receives updates (tests wait on it before publishing elsewhere). */
  whenReady(): Promise<unknown> {
    return this.ready;
  }

  async publish(changes: GraphChange[]): Promise<void> {
    if (changes.length === 0) return;
    try {
      // One INCRBY per user reserves a block of consecutive numbers atomically, whichever instance asks;
      // the updates then go out in one pipeline, in the transaction's order.
      const counts = new Map<string, number>();
      for (const change of changes) counts.set(change.userId, (counts.get(change.userId) ?? 0) + 1);
      const next = new Map<string, number>();
      for (const [userId, count] of counts) {
        const skip = this.unpublished.has(userId) ? 1 : 0;
        const last = await this.publisher.incrby(sequenceKey(userId), count + skip);
        this.unpublished.delete(userId);
        next.set(userId, last - count + 1);
      }
      const timestamp = this.now().toISOString();
      const pipeline = this.publisher.pipeline();
      for (const change of changes) {
        const sequence = next.get(change.userId)!;
        next.set(change.userId, sequence + 1);
        const update: GraphUpdate = { ...change, sequence, timestamp };
        pipeline.publish(CHANNEL, JSON.stringify(update));
        // An erased user's stream ends with this update: erasure leaves no key of theirs in Redis either.
        if (change.kind === GraphUpdateKind.USER_ERASED) pipeline.del(sequenceKey(change.userId));
      }
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
      this.observer?.published(changes.length);
    } catch (err) {
      // The write has committed; subscribers see a gap in the sequence rather than the caller an error.
      for (const change of changes) this.unpublished.add(change.userId);
      this.observer?.unpublished(changes.length);
      this.logger.error({ err: (err as Error).message }, 'graph updates not published');
    }
  }

  private announceMissedUpdates(): void {
    const timestamp = this.now().toISOString();
    this.logger.warn(
      { users: this.listeners.userIds().length },
      'redis is back: subscribers told to re-read',
    );
    for (const userId of this.listeners.userIds())
      this.listeners.deliver({
        kind: GraphUpdateKind.UPDATES_MISSED,
        userId,
        nodeId: userId,
        sequence: 0,
        timestamp,
      });
  }

  override async close(): Promise<void> {
    await super.close();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private deliver(message: string): void {
    let update: GraphUpdate;
    try {
      update = JSON.parse(message) as GraphUpdate;
    } catch {
      this.logger.warn('ignored a malformed graph update from redis');
      return;
    }
    this.listeners.deliver(update);
  }
}
