// The default event bus: delivers within this process. Sequence numbers are per user and strictly increasing.
import type { BusObserver, EventBus } from './event-bus.ts';
import { type GraphChange, type GraphUpdate, GraphUpdateKind } from './graph-update.ts';
import { ListeningBus } from './listener-registry.ts';

export class InProcessEventBus extends ListeningBus implements EventBus {
  private readonly sequences = new Map<string, number>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly observer?: BusObserver,
  ) {
    super();
  }

  async publish(changes: GraphChange[]): Promise<void> {
    this.observer?.published(changes.length);
    for (const change of changes) {
      const sequence = (this.sequences.get(change.userId) ?? 0) + 1;
      this.sequences.set(change.userId, sequence);
      const update: GraphUpdate = { ...change, sequence, timestamp: this.now().toISOString() };
      this.listeners.deliver(update);
      // An erased user's stream ends with this update: nothing of them stays here, not even a counter.
      if (change.kind === GraphUpdateKind.USER_ERASED) this.sequences.delete(change.userId);
    }
  }
}
