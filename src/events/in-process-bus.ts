// The default event bus: delivers within this process. Sequence numbers are per user and strictly increasing.
import type { EventBus } from './event-bus.ts';
import type { GraphChange, GraphUpdate } from './graph-update.ts';

export class InProcessEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<(update: GraphUpdate) => void>>();
  private readonly sequences = new Map<string, number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async publish(changes: GraphChange[]): Promise<void> {
    for (const change of changes) {
      const sequence = (this.sequences.get(change.userId) ?? 0) + 1;
      this.sequences.set(change.userId, sequence);
      const update: GraphUpdate = { ...change, sequence, timestamp: this.now().toISOString() };
      for (const listener of this.listeners.get(change.userId) ?? []) listener(update);
    }
  }

  subscribe(userId: string, listener: (update: GraphUpdate) => void): () => void {
    let set = this.listeners.get(userId);
    if (!set) {
      set = new Set();
      this.listeners.set(userId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }

  listenerCount(userId: string): number {
    return this.listeners.get(userId)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
