// The shape of a live graph change, as published after a transaction commits and delivered to subscribers.

export const GraphUpdateKind = {
  ENTITY_CREATED: 'ENTITY_CREATED',
  ENTITY_UPDATED: 'ENTITY_UPDATED',
  ENTITY_MERGED: 'ENTITY_MERGED',
  ENTITY_DELETED: 'ENTITY_DELETED',
  FACT_CREATED: 'FACT_CREATED',
  FACT_UPDATED: 'FACT_UPDATED',
  FACT_INVALIDATED: 'FACT_INVALIDATED',
  FACT_DELETED: 'FACT_DELETED',
  EPISODE_INGESTED: 'EPISODE_INGESTED',
  /** A queued (asynchronous) episode was extracted: its entities and facts follow as their own updates. */
  EPISODE_PROCESSED: 'EPISODE_PROCESSED',
  /** A queued episode could not be extracted after its retries; it keeps its error and can be retried. */
  EPISODE_FAILED: 'EPISODE_FAILED',
  EPISODE_UPDATED: 'EPISODE_UPDATED',
  EPISODE_DELETED: 'EPISODE_DELETED',
  MEMORY_ARCHIVED: 'MEMORY_ARCHIVED',
  MEMORY_FORGOTTEN: 'MEMORY_FORGOTTEN',
  USER_ERASED: 'USER_ERASED',
  /**
   * Updates may have been lost (the instance lost its connection to Redis): re-read what you show. Not part of the
   * numbered stream (sequence 0); the numbers after it may start over.
   */
  UPDATES_MISSED: 'UPDATES_MISSED',
} as const;
export type GraphUpdateKind = (typeof GraphUpdateKind)[keyof typeof GraphUpdateKind];

/** What a producer hands to the bus (sequence and timestamp are assigned by the bus). */
export interface GraphChange {
  kind: GraphUpdateKind;
  userId: string;
  /** Id of the changed entity, fact or episode. */
  nodeId: string;
  /** The changed node as plain properties (as the API shows it), or null for deletions. */
  entity?: Record<string, unknown> | null;
  fact?: Record<string, unknown> | null;
  episode?: Record<string, unknown> | null;
  /** For merges: the id that was merged away. */
  mergedFromId?: string | null;
}

export interface GraphUpdate extends GraphChange {
  /** Per-user, strictly increasing: a gap means a missed event. */
  sequence: number;
  timestamp: string;
}
