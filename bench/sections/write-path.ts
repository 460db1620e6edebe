// Section 1: entities and facts per second of the project's ingest write, model excluded (a fixed extraction),
// against a hand-written single-transaction UNWIND through neo4j-driver.
import { randomUUID } from 'node:crypto';
import { InProcessEventBus } from '../../src/events/index.ts';
import { emptyUsage, type LlmProvider } from '../../src/llm/index.ts';
import { localEmbedding } from '../../src/llm/local-embedding.ts';
import { ingestEpisodes } from '../../src/memory/ingest/index.ts';
import type { IngestServices } from '../../src/memory/ingest/types.ts';
import { tenantOf } from '../../src/memory/tenant.ts';
import { VectorCache } from '../../src/memory/vector-cache.ts';
import type { Extraction, ExtractionRequest } from '../../src/prompts/extract-memory.ts';
import { normalizeName } from '../../src/text/index.ts';
import type { BenchRow, BenchSection } from '../lib/context.ts';
import { interleaved, ratio, round, type Timing } from '../lib/timing.ts';

const EPISODES_PER_CALL = 8;
const ENTITIES_PER_EPISODE = 3;
const FACTS_PER_EPISODE = 3;

/** The extraction a model would return for a pack, computed from the text alone (no model call). */
function fixedExtraction(request: ExtractionRequest): Extraction {
  const entities: Extraction['entities'] = [];
  const facts: Extraction['facts'] = [];
  for (const episode of request.episodes) {
    const tag = episode.content.match(/#(\S+)/)?.[1] ?? episode.ref;
    for (let j = 0; j < ENTITIES_PER_EPISODE; j++) {
      entities.push({
        ref: `${episode.ref}-n${j}`,
        name: `Thing ${tag} ${j}`,
        type: 'concept',
        aliases: [],
        summary: null,
        sameAs: null,
      });
    }
    for (let j = 0; j < FACTS_PER_EPISODE; j++) {
      facts.push({
        episode: episode.ref,
        subject: `${episode.ref}-n${j}`,
        predicate: 'related_to',
        object: `${episode.ref}-n${(j + 1) % ENTITIES_PER_EPISODE}`,
        objectValue: null,
        statement: `Thing ${tag} ${j} is related to thing ${tag} ${(j + 1) % ENTITIES_PER_EPISODE}`,
        confidence: 0.9,
        validFrom: null,
        validTo: null,
      });
    }
  }
  return { entities, facts, invalidations: [] };
}

/** A provider whose "model" is the fixed extraction and local hash embeddings: only the write is timed. */
function fixedProvider(dimensions: number): LlmProvider {
  const usage = emptyUsage('bench-fixed', 'none');
  return {
    name: 'bench-fixed',
    chatModel: 'none',
    embeddingModel: 'none',
    embeddingDimensions: dimensions,
    extract: async (request) => ({ extraction: fixedExtraction(request), usage }),
    embed: async (texts) => ({ vectors: texts.map((t) => localEmbedding(t, dimensions)), usage }),
    answer: async () => {
      throw new Error('not used by the write bench');
    },
  };
}

// The hand-written baseline: the same nodes and relationships, one transaction, no resolution or dedup.
const HAND_WRITE = `
UNWIND $episodes AS x
CREATE (ep:Episode {id: x.id, userId: $userId, tenant: $tenant, content: x.content, source: 'bench', status: 'PROCESSED', sourceRef: x.id,
  dedupKey: x.id, occurredAt: datetime(x.at), ingestedAt: datetime($now), embedding: x.embedding})
WITH ep, x
UNWIND x.entities AS en
MERGE (e:Entity {userId: $userId, normName: en.normName})
  ON CREATE SET e.id = en.id, e.tenant = $tenant, e.name = en.name, e.type = 'concept', e.embedding = en.embedding,
    e.createdAt = datetime($now), e.updatedAt = datetime($now)
CREATE (ep)-[:MENTIONS]->(e)
WITH ep, x, collect(e) AS es
UNWIND range(0, size(x.facts) - 1) AS j
WITH ep, es, x.facts[j] AS fx, j
CREATE (f:Fact {id: fx.id, userId: $userId, tenant: $tenant, predicate: 'related_to', statement: fx.statement,
  embedding: fx.embedding, validFrom: datetime($now), createdAt: datetime($now), updatedAt: datetime($now)})
CREATE (f)-[:FROM_EPISODE]->(ep)
WITH f, es, j
WITH f, es[j % size(es)] AS s, es[(j + 1) % size(es)] AS o
CREATE (f)-[:SUBJECT]->(s)
CREATE (f)-[:OBJECT]->(o)`;

export const writePath: BenchSection = {
  id: 'write-path',
  title: '1. Write path (fixed extraction, no model)',
  steps: (o) => o.runs * 3,
  async run(ctx) {
    const dims = ctx.config.EMBEDDING_DIMENSIONS;
    const llm = fixedProvider(dims);
    const userId = `${ctx.runId}-write`;
    // As the server runs: the vector cache holds the user once their first pack has started loading it.
    const vectorCache = new VectorCache(
      { driver: ctx.driver },
      { maxBytes: ctx.config.RECALL_VECTOR_CACHE_MB * 1024 * 1024 },
    );
    const services = {
      config: ctx.config,
      driver: ctx.driver,
      llm,
      events: new InProcessEventBus(),
      now: () => ctx.now,
      vectorCache,
    };
    const baselineUser = `${ctx.runId}-write-baseline`;
    const tenant = tenantOf(baselineUser);
    let call = 0;
    const ingestPack = (through: IngestServices) => async () => {
      const i = call++;
      const inputs = Array.from({ length: EPISODES_PER_CALL }, (_, k) => ({
        content: `Bench episode #${i}-${k}-${randomUUID().slice(0, 6)} about several things.`,
        occurredAt: ctx.now.toISOString(),
      }));
      await ingestEpisodes(through, userId, inputs);
    };
    const handWrite = async () => {
      const episodes = Array.from({ length: EPISODES_PER_CALL }, () => {
        const tag = randomUUID().slice(0, 8);
        return {
          id: randomUUID(),
          content: `Bench episode #${tag} about several things.`,
          at: ctx.now.toISOString(),
          embedding: localEmbedding(tag, dims),
          entities: Array.from({ length: ENTITIES_PER_EPISODE }, (_, j) => ({
            id: randomUUID(),
            name: `Thing ${tag} ${j}`,
            normName: normalizeName(`Thing ${tag} ${j}`),
            embedding: localEmbedding(`Thing ${tag} ${j}`, dims),
          })),
          facts: Array.from({ length: FACTS_PER_EPISODE }, (_, j) => ({
            id: randomUUID(),
            statement: `Thing ${tag} ${j} is related to thing ${tag} ${(j + 1) % ENTITIES_PER_EPISODE}`,
            embedding: localEmbedding(`Thing ${tag} ${j} related`, dims),
          })),
        };
      });
      await ctx.driver.executeQuery(HAND_WRITE, {
        userId: baselineUser,
        tenant,
        now: ctx.now.toISOString(),
        episodes,
      });
    };
    // In turn, after twenty warm-up rounds: a fresh database warms up (query plans, the JVM compiling hot code) for both
    // alike, as the database of a server that has run a while is; load that comes and goes weighs on both alike.
    // The same user's packs also through the vector indexes alone (no vector cache), in the same rounds.
    const indexesOnly = { ...services, vectorCache: undefined };
    const timings = (await interleaved(
      ctx.options.runs,
      [ingestPack(services), ingestPack(indexesOnly), handWrite],
      20,
      () => ctx.tick('write path', 3),
    )) as [Timing, Timing, Timing];
    await vectorCache.close();
    const [system, uncached, baseline] = timings;
    const perCall = EPISODES_PER_CALL * (ENTITIES_PER_EPISODE + FACTS_PER_EPISODE);
    const shape = `${EPISODES_PER_CALL} episodes → ${EPISODES_PER_CALL * ENTITIES_PER_EPISODE} entities + ${EPISODES_PER_CALL * FACTS_PER_EPISODE} facts per call`;
    const row = (label: string, timing: Timing): BenchRow => ({
      case: label,
      system: timing,
      baseline,
      ratio: ratio(timing, baseline),
      extra: {
        'entities+facts/s (ingest)': round((perCall * 1000) / timing.p50Ms, 0),
        'entities+facts/s (UNWIND)': round((perCall * 1000) / baseline.p50Ms, 0),
      },
    });
    return {
      title: this.title,
      baseline: 'hand-written single-transaction UNWIND (no resolution, no dedup)',
      rows: [row(shape, system), row(`${shape}, without the vector cache`, uncached)],
      notes: [
        'ingest includes dedup lookup, known-context read, entity resolution, fact dedup and event publish',
        'the vector cache holds the user after their first pack, as in the server: entity resolution compares with the held entity vectors; the “without the vector cache” row resolves through the entity vector index, interleaved in the same rounds',
      ],
    };
  },
};
