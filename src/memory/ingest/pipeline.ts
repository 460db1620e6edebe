// The ingest pipeline: dedupe → gather known context → extract (1 call) → embed (1 call) → resolve and write (1 tx) → publish.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config/index.ts';
import { LimitExceededError } from '../../errors/index.ts';
import type { EventBus, GraphChange } from '../../events/index.ts';
import { addUsage, emptyUsage, type LlmProvider, type LlmUsage } from '../../llm/index.ts';
import { tenantOf } from '../tenant.ts';
import { checkedVectors } from '../vectors.ts';
import { findExistingEpisodes } from './existing-episodes.ts';
import { gatherKnownContext } from './known-context.ts';
import { packEpisodes } from './packing.ts';
import { planWrites } from './plan.ts';
import { prepareEpisode } from './prepare.ts';
import type { IngestInput, IngestResult, PreparedEpisode } from './types.ts';
import { type PackOutcome, writePack } from './write.ts';

export interface IngestServices {
  config: Pick<Config, 'MAX_CONTENT_CHARS' | 'MAX_BATCH_ITEMS'>;
  driver: Driver;
  database?: string;
  llm: LlmProvider;
  events: EventBus;
  now: () => Date;
}

/** Ingests inputs for one user: one IngestResult per input, in input order; duplicates write nothing. */
export async function ingestEpisodes(
  services: IngestServices,
  userId: string,
  inputs: IngestInput[],
): Promise<IngestResult[]> {
  if (inputs.length > services.config.MAX_BATCH_ITEMS)
    throw new LimitExceededError('batch size', services.config.MAX_BATCH_ITEMS, inputs.length);
  const now = services.now();
  const prepared = inputs.map((input, i) => prepareEpisode(input, i, now, services.config));
  const existing = await findExistingEpisodes(
    services.driver,
    services.database,
    userId,
    prepared.map((p) => p.dedupKey),
  );
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
  for (const pack of packEpisodes(fresh)) {
    const packResults = await ingestPack(services, userId, pack);
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

function duplicateResult(episode: IngestResult['episode'], usage: LlmUsage): IngestResult {
  return {
    episode,
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
): Promise<IngestResult[]> {
  const { llm, driver, database } = services;
  // The prompt names episodes ep1..epN in occurredAt order, whatever their place in the input.
  pack.forEach((episode, i) => {
    episode.ref = `ep${i + 1}`;
  });
  const known = await gatherKnownContext(
    driver,
    database,
    userId,
    pack.map((e) => e.content),
  );
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
  const embedUsage = embedded.usage;
  assignEmbeddings(vectors);
  const episodes = pack.map((e, i) => ({ ...e, id: randomUUID(), embedding: vectors[i] ?? [] }));
  const now = services.now();
  const session = driver.session({ database });
  let outcome: PackOutcome;
  try {
    outcome = await session.executeWrite((tx) =>
      writePack(tx, { userId, tenant: tenantOf(userId), now, episodes, plan }),
    );
  } finally {
    await session.close();
  }
  await services.events.publish(changesOf(userId, outcome));
  const usage = addUsage(extractUsage, embedUsage);
  return pack.map((episode) => resultFor(episode, outcome, usage, pack.length));
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
    duplicate: false,
    entitiesCreated: [...outcome.entitiesCreated.values()].filter((e) => mentioned.has(e.id)),
    entitiesUpdated: [...outcome.entitiesUpdated.values()].filter((e) => mentioned.has(e.id)),
    factsCreated: outcome.factsCreated.filter((f) => f.episodeRef === episode.ref).map((f) => f.fact),
    factsInvalidated: outcome.factsInvalidated.filter((f) => f.episodeRef === episode.ref).map((f) => f.fact),
    usage,
    packSize,
  };
}

function changesOf(userId: string, outcome: PackOutcome): GraphChange[] {
  const changes: GraphChange[] = [];
  for (const { created, episode } of outcome.episodes.values())
    if (created) changes.push({ kind: 'EPISODE_INGESTED', userId, nodeId: episode.id, episode });
  for (const entity of outcome.entitiesCreated.values())
    changes.push({ kind: 'ENTITY_CREATED', userId, nodeId: entity.id, entity });
  for (const entity of outcome.entitiesUpdated.values())
    changes.push({ kind: 'ENTITY_UPDATED', userId, nodeId: entity.id, entity });
  for (const { fact } of outcome.factsCreated)
    changes.push({ kind: 'FACT_CREATED', userId, nodeId: fact.id, fact });
  for (const { fact } of outcome.factsInvalidated)
    changes.push({ kind: 'FACT_INVALIDATED', userId, nodeId: fact.id, fact });
  return changes;
}
