// Model usage of an evaluation's ingest, per episode: a pack's usage is shared by its episodes, so each counts its share.
import type { ingestEpisodes } from '../src/memory/ingest/index.ts';

export interface IngestUsage {
  episodes: number;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
}

export const emptyIngestUsage = (): IngestUsage => ({
  episodes: 0,
  llmCalls: 0,
  promptTokens: 0,
  completionTokens: 0,
});

/** Adds the usage of one ingestEpisodes call (duplicates and empty packs cost nothing). */
export function addIngestUsage(
  usage: IngestUsage,
  results: Awaited<ReturnType<typeof ingestEpisodes>>,
): void {
  for (const r of results) {
    if (r.duplicate || r.packSize === 0) continue;
    usage.episodes += 1;
    usage.llmCalls += r.usage.calls / r.packSize;
    usage.promptTokens += r.usage.promptTokens / r.packSize;
    usage.completionTokens += r.usage.completionTokens / r.packSize;
  }
}
