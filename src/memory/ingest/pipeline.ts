// The ingest pipeline: dedupe → gather known context (alongside dedupe when the input is one pack) → extract (1 call)
// → embed (1 call) → resolve and write (1 tx) → publish.
// ASYNC ingest stops after dedupe: the raw episodes are stored PENDING and a worker (memory/ingest-worker) does the rest.
import { randomUUID } from 'node:crypto';
import { LimitExceededError } from '../../errors/index.ts';
import { addUsage, emptyUsage, type LlmUsage } from '../../llm/index.ts';
import { checkedVectors } from '../vectors.ts';
import { changesOf } from './changes.ts';
import { findExistingEpisodes } from './existing-episodes.ts';
import { gatherKnownContext, type KnownContext } from './known-context.ts';
import { packEpisodes } from './packing.ts';
import { planWrites } from './plan.ts';
import { prepareEpisode } from './prepare.ts';
import { queueEpisodes } from './queue-episodes.ts';
import type { IngestInput, IngestMode, IngestResult, IngestServices, PreparedEpisode } from './types.ts';
import { type EpisodeWriteMode, type PackOutcome, writeEpisodes } from './write.ts';

/** Ingests inputs for one user: one IngestResult per input, in input order; duplicates write nothing. */
export async function ingestEpisodes(
  services: IngestServices,
  userId: string,
  inputs: IngestInput[],
  mode: IngestMode = 'SYNC',
): Promise<IngestResult[]> {
  if (inputs.length > services.config.MAX_BATCH_ITEMS)
    throw new LimitExceededError('batch size', services.config.MAX_BATCH_ITEMS, inputs.length);
  const now = services.now();
  const prepared = inputs.map((input, i) => prepareEpisode(input, i, now, services.config));
  // When the input makes one pack, its known context is read while duplicates are looked up (two reads at once
  // instead of one after the other); it is used only if every episode turns out new, so the pack is the same.
  const packs = mode === 'SYNC' ? packEpisodes(prepared) : [];
  const [existing, knownAhead] = await Promise.all([
    findExistingEpisodes(
      services,
      userId,
      prepared.map((p) => p.dedupKey),
    ),
    packs.length === 1
      ? gatherKnownContext(
          services,
          userId,
          packs[0]!.map((e) => e.content),
        )
      : undefined,
  ]);
  const results: Array<IngestResult | undefined> = [];
  const noUsage = emptyUsage(services.llm.name, services.llm.chatModel);
  const firstWithKey = new Map<string, PreparedEpisode>();
  const fresh: PreparedEpisode[] = [];
  for (const episode of prepared) {
    const stored = existing.get(episode.dedupKey);
    if (stored) results[episode.index] = duplicateResult(stored, noUsage);
    else if (!firstWithKey.has(episode.dedupKey)) {
      firstWithKey.set(episode.dedupKey, episode);
      fresh.push(episode);
    }
  }
  if (mode === 'ASYNC' && fresh.length > 0) {
    const queued = await queueEpisodes(services, userId, fresh);
    fresh.forEach((episode, i) => {
      results[episode.index] = queued[i];
    });
  } else
    for (const pack of packEpisodes(fresh)) {
      const known = pack.length === prepared.length ? knownAhead : undefined;
      const packResults = await ingestPack(services, userId, pack, known);
      pack.forEach((episode, i) => {
        results[episode.index] = packResults[i];
      });
    }
  // The same input twice in one batch: the second is a duplicate of the first.
  for (const episode of prepared) {
    if (results[episode.index]) continue;
    const first = results[firstWithKey.get(episode.dedupKey)!.index]!;
    results[episode.index] = duplicateResult(first.episode, noUsage);
  }
  return results as IngestResult[];
}

export function duplicateResult(episode: IngestResult['episode'], usage: LlmUsage): IngestResult {
  return {
    episode,
    status: 'DUPLICATE',
    duplicate: true,
    entitiesCreated: [],
    entitiesUpdated: [],
    factsCreated: [],
    factsInvalidated: [],
    usage,
    packSize: 0,
  };
}

async function ingestPack(
  services: IngestServices,
  userId: string,
  pack: PreparedEpisode[],
  known?: KnownContext,
): Promise<IngestResult[]> {
  const { outcome, usage } = await extractPack(services, userId, pack, 'process', known);
  return pack.map((episode) => resultFor(episode, outcome, usage, pack.length));
}

/**
 * Extracts one pack (one chat call, one embeddings call), writes it in one transaction and publishes what changed.
 * `dequeue` processes episodes queued by an asynchronous ingest: they keep their ids and become PROCESSED.
 */
export async function extractPack(
  services: IngestServices,
  userId: string,
  pack: Array<PreparedEpisode & { id?: string }>,
  mode: Exclude<EpisodeWriteMode, 'queue'>,
  /** The pack's known context when already read. */
  knownAhead?: KnownContext,
): Promise<{ outcome: PackOutcome; usage: LlmUsage }> {
  const { llm } = services;
  // The prompt names episodes ep1..epN in occurredAt order, whatever their place in the input.
  pack.forEach((episode, i) => {
    episode.ref = `ep${i + 1}`;
  });
  const known =
    knownAhead ??
    (await gatherKnownContext(
      services,
      userId,
      pack.map((e) => e.content),
    ));
  const { extraction, usage: extractUsage } = await llm.extract({
    userId,
    userName: known.userName,
    episodes: pack.map((e) => ({
      ref: e.ref,
      content: e.content,
      source: e.source,
      occurredAt: e.occurredAt,
      speaker: e.speaker,
    })),
    knownEntities: known.entities,
    knownFacts: known.facts,
  });
  const { plan, texts, assignEmbeddings } = planWrites(extraction, pack, known);
  const embedded = await llm.embed(texts);
  const vectors = checkedVectors(embedded.vectors, texts.length, llm.embeddingDimensions);
  assignEmbeddings(vectors);
  const episodes = pack.map((e, i) => ({ ...e, id: e.id ?? randomUUID(), embedding: vectors[i] ?? [] }));
  const outcome = await writeEpisodes(services, userId, episodes, plan, mode);
  await services.events.publish(changesOf(userId, outcome, mode));
  return { outcome, usage: addUsage(extractUsage, embedded.usage) };
}

function resultFor(
  episode: PreparedEpisode,
  outcome: PackOutcome,
  usage: LlmUsage,
  packSize: number,
): IngestResult {
  const stored = outcome.episodes.get(episode.ref)!;
  if (!stored.created) return duplicateResult(stored.episode, emptyUsage(usage.provider, usage.model));
  const mentioned = outcome.mentionedBy.get(episode.ref) ?? new Set<string>();
  return {
    episode: stored.episode,
    status: 'DONE',
    duplicate: false,
    entitiesCreated: [...outcome.entitiesCreated.values()].filter((e) => mentioned.has(e.id)),
    entitiesUpdated: [...outcome.entitiesUpdated.values()].filter((e) => mentioned.has(e.id)),
    factsCreated: outcome.factsCreated.filter((f) => f.episodeRef === episode.ref).map((f) => f.fact),
    factsInvalidated: outcome.factsInvalidated.filter((f) => f.episodeRef === episode.ref).map((f) => f.fact),
    usage,
    packSize,
  };
}
