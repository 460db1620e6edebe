// Shapes that flow through the ingest pipeline.
import type { LlmUsage } from '../../llm/index.ts';

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
  duplicate: boolean;
  entitiesCreated: ApiNode[];
  entitiesUpdated: ApiNode[];
  factsCreated: ApiNode[];
  factsInvalidated: ApiNode[];
  /** Usage of the calls that processed this episode; shared by the `packSize` episodes packed with it. */
  usage: LlmUsage;
  packSize: number;
}
