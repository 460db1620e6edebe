// Who listens to which user's updates in this process; shared by every event bus implementation.
import type { GraphUpdate } from './graph-update.ts';

export type GraphUpdateListener = (update: GraphUpdate) => void;

export class ListenerRegistry {
  private readonly listeners = new Map<string, Set<GraphUpdateListener>>();

  /** Adds a listener for one user; the returned function removes it (and the user's entry when empty). */
  add(userId: string, listener: GraphUpdateListener): () => void {
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

  deliver(update: GraphUpdate): void {
    for (const listener of this.listeners.get(update.userId) ?? []) listener(update);
  }

  /** The users someone in this process listens to. */
  userIds(): string[] {
    return [...this.listeners.keys()];
  }

  count(userId: string): number {
    return this.listeners.get(userId)?.size ?? 0;
  }

  clear(): void {
    this.listeners.clear();
  }
}

/** What every event bus does for the listeners in its own process: adds them, counts them, drops them on close. */
export abstract class ListeningBus {
  protected readonly listeners = new ListenerRegistry();

  subscribe(userId: string, listener: GraphUpdateListener): () => void {
    return this.listeners.add(userId, listener);
  }

  listenerCount(userId: string): number {
    return this.listeners.count(userId);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
