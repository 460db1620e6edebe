// Asynchronous ingest: the raw episodes are stored PENDING in one transaction, findable by recall at once, and a
// worker (memory/ingest-worker) extracts them later. No chat call here, so a model that is down loses nothing.
import { randomUUID } from 'node:crypto';
import { emptyUsage, type LlmProvider, type LlmUsage } from '../../llm/index.ts';
import { checkedVectors } from '../vectors.ts';
import { changesOf } from './changes.ts';
import { speakerText } from './conversation.ts';
import type { WritePlan } from './plan.ts';
import type { IngestResult, IngestServices, PreparedEpisode } from './types.ts';
import { writeEpisodes } from './write.ts';

const NOTHING_EXTRACTED: WritePlan = { entities: [], facts: [], invalidations: [], mentions: new Map() };

/** Stores fresh episodes as PENDING (in occurredAt order, as one pack) and answers QUEUED for each. */
export async function queueEpisodes(
  services: IngestServices,
  userId: string,
  fresh: PreparedEpisode[],
): Promise<IngestResult[]> {
  const ordered = [...fresh].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.index - b.index);
  ordered.forEach((episode, i) => {
    episode.ref = `ep${i + 1}`;
  });
  const { vectors, usage } = await embedWithin(
    services.llm,
    ordered.map((e) => speakerText(e.speaker, e.content).slice(0, 8000)),
    services.config.INGEST_QUEUE_EMBED_TIMEOUT_MS,
  );
  const episodes = ordered.map((e, i) => ({ ...e, id: randomUUID(), embedding: vectors?.[i] ?? [] }));
  const outcome = await writeEpisodes(services, userId, episodes, NOTHING_EXTRACTED, 'queue');
  await services.events.publish(changesOf(userId, outcome, 'queue'));
  services.ingestQueue?.wake();
  const none = emptyUsage(usage.provider, usage.model);
  return fresh.map((episode) => {
    const stored = outcome.episodes.get(episode.ref)!;
    // Stored meanwhile by a concurrent ingest of the same input: a duplicate, as in synchronous ingest.
    return {
      episode: stored.episode,
      status: stored.created ? 'QUEUED' : 'DUPLICATE',
      duplicate: !stored.created,
      entitiesCreated: [],
      entitiesUpdated: [],
      factsCreated: [],
      factsInvalidated: [],
      usage: stored.created ? usage : none,
      packSize: stored.created ? fresh.length : 0,
    };
  });
}

/**
 * Embeds the raw episodes if the embedder answers within `timeoutMs`, so recall finds them by meaning at once; a slow
 * or failing embedder leaves them to keyword search until the worker embeds them with what it extracts.
 */
async function embedWithin(
  llm: LlmProvider,
  texts: string[],
  timeoutMs: number,
): Promise<{ vectors: number[][] | null; usage: LlmUsage }> {
  const none = { vectors: null, usage: emptyUsage(llm.name, llm.chatModel) };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof none>((resolve) => {
    timer = setTimeout(() => resolve(none), timeoutMs);
  });
  const embedded = llm
    .embed(texts)
    .then((result) => ({
      vectors: checkedVectors(result.vectors, texts.length, llm.embeddingDimensions),
      usage: result.usage,
    }))
    .catch(() => none);
  try {
    return await Promise.race([embedded, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
