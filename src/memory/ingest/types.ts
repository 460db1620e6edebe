// Shapes that flow through the ingest pipeline.
import type { Config } from '../../config/index.ts';
import type { EventBus } from '../../events/index.ts';
import type { LlmProvider, LlmUsage } from '../../llm/index.ts';
import type { Neo4jTarget } from '../../neo4j/index.ts';
import type { VectorCache } from '../vector-cache.ts';

export interface IngestServices extends Neo4jTarget {
  config: Pick<Config, 'MAX_CONTENT_CHARS' | 'MAX_BATCH_ITEMS' | 'INGEST_QUEUE_EMBED_TIMEOUT_MS'>;
  llm: LlmProvider;
  events: EventBus;
  now: () => Date;
  /** Told when episodes were queued, so a worker of this process starts on them at once instead of at its next poll. */
  ingestQueue?: { wake(): void };
  /** Users' held vectors: entity resolution compares a pack's entities with them instead of the vector index. */
  vectorCache?: VectorCache;
}

/** SYNC extracts before answering; ASYNC stores the raw episode, answers QUEUED and leaves extraction to a worker. */
export type IngestMode = 'SYNC' | 'ASYNC';
/** DONE: extracted and written; QUEUED: stored, extraction pending; DUPLICATE: already held, nothing written. */
export type IngestStatus = 'DONE' | 'QUEUED' | 'DUPLICATE';

export interface IngestInput {
  content: string;
  source?: string | null;
  sourceRef?: string | null;
  occurredAt?: string | null;
  /** Who said it: a name, or a chat role ("user", "assistant"); first person in the user's own words is the user. */
  speaker?: string | null;
  /** The conversation (chat session, thread) the episode belongs to; consecutive turns give each other context. */
  conversationId?: string | null;
}

/** An input after validation, with its dedup key and the ref the prompt uses for it. */
export interface PreparedEpisode {
  index: number;
  ref: string;
  content: string;
  source: string;
  sourceRef: string | null;
  occurredAt: string;
  contentHash: string;
  dedupKey: string;
  speaker: string | null;
  conversationId: string | null;
}

export type ApiNode = Record<string, unknown> & { id: string };

/** What one ingested input produced; nodes are plain objects shaped like the API types. */
export interface IngestResult {
  episode: ApiNode;
  status: IngestStatus;
  duplicate: boolean;
  entitiesCreated: ApiNode[];
  entitiesUpdated: ApiNode[];
  factsCreated: ApiNode[];
  factsInvalidated: ApiNode[];
  /** Usage of the calls that processed this episode; shared by the `packSize` episodes packed with it. */
  usage: LlmUsage;
  packSize: number;
}
