// The event bus interface: publish after commit, subscribe per user. In-process by default, Redis when REDIS_URL is set.
import type { GraphChange, GraphUpdate } from './graph-update.ts';

/** Told how many updates a bus published, and how many it could not (metrics). */
export interface BusObserver {
  published(count: number): void;
  unpublished(count: number): void;
}

export interface EventBus {
  /** Publishes changes of ONE committed transaction, in order. Never throws: a bus failure must not fail a write. */
  publish(changes: GraphChange[]): Promise<void>;
  /** Registers a listener for one user's updates; returns an unsubscribe function. */
  subscribe(userId: string, listener: (update: GraphUpdate) => void): () => void;
  /** How many listeners this instance holds for a user (for health checks and tests: none must leak). */
  listenerCount(userId: string): number;
  close(): Promise<void>;
}
