// Section 5: model calls and tokens per ingest and per ragQuery, counted at the fake OpenAI server (the real
// openai SDK provider pointed at it) for a fixed set of realistic episodes from the eval dataset.
import { loadDataset } from '../../eval/dataset.ts';
import { loadConfig } from '../../src/config/index.ts';
import { InProcessEventBus } from '../../src/events/index.ts';
import { OfflineProvider } from '../../src/llm/offline.ts';
import { OpenAiProvider } from '../../src/llm/openai.ts';
import { ingestEpisodes } from '../../src/memory/ingest/index.ts';
import { ragQuery } from '../../src/memory/rag/index.ts';
import { chatPromptKind, startFakeOpenAI } from '../../test/support/fake-openai.ts';
import type { BenchSection } from '../lib/context.ts';
import { round } from '../lib/timing.ts';

const EPISODES = 16;
const QUESTIONS = 8;

const HEADER = [
  'operation',
  'operations',
  'chat calls/op',
  'embedding calls/op',
  'prompt tokens/op',
  'completion tokens/op',
];

export const cost: BenchSection = {
  id: 'cost',
  title: '5. Cost per operation (counted at a fake OpenAI server)',
  steps: () => EPISODES * 2 + QUESTIONS,
  async run(ctx) {
    const fake = await startFakeOpenAI({ dimensions: ctx.config.EMBEDDING_DIMENSIONS });
    const rows: Array<Array<string | number>> = [];
    try {
      const config = loadConfig({
        ...process.env,
        NEO4J_URI: 'bolt://unused',
        LOG_LEVEL: 'silent',
        OPENAI_API_KEY: 'bench-fake-key',
        OPENAI_BASE_URL: fake.baseURL,
        EMBEDDING_DIMENSIONS: String(ctx.config.EMBEDDING_DIMENSIONS),
      });
      const llm = new OpenAiProvider(config);
      // The fake answers extraction with what the offline extractor finds in the same episodes, so completions
      // have a realistic size; answers cite the first context item.
      const offline = new OfflineProvider(config);
      const [user] = loadDataset().users;
      const turns = user!.turns.slice(0, EPISODES);
      const services = {
        config: ctx.config,
        driver: ctx.driver,
        llm,
        events: new InProcessEventBus(),
        now: () => ctx.now,
      };

      const measure = async (label: string, operations: number, fn: () => Promise<void>) => {
        fake.calls.chat = 0;
        fake.calls.embeddings = 0;
        fake.tokens.prompt = 0;
        fake.tokens.completion = 0;
        await fn();
        rows.push([
          label,
          operations,
          round(fake.calls.chat / operations),
          round(fake.calls.embeddings / operations),
          round(fake.tokens.prompt / operations, 0),
          round(fake.tokens.completion / operations, 0),
        ]);
      };
      const enqueueExtraction = async (batch: typeof turns) => {
        const { extraction } = await offline.extract({
          userId: 'bench',
          episodes: batch.map((t, i) => ({
            ref: `ep${i + 1}`,
            content: t.text,
            source: 'chat',
            occurredAt: t.occurredAt,
          })),
          knownEntities: [],
          knownFacts: [],
        });
        fake.enqueueChat(extraction);
      };

      const singleUser = `${ctx.runId}-cost-single`;
      await measure('ingest, one episode per call', turns.length, async () => {
        for (const t of turns) {
          await enqueueExtraction([t]);
          await ingestEpisodes(services, singleUser, [
            { content: t.text, sourceRef: t.id, occurredAt: t.occurredAt },
          ]);
          ctx.tick('cost: ingest');
        }
      });
      const batchUser = `${ctx.runId}-cost-batch`;
      await measure('ingestBatch of 8 (packed into one extraction call)', turns.length, async () => {
        for (let i = 0; i < turns.length; i += 8) {
          const batch = turns.slice(i, i + 8);
          await enqueueExtraction(batch);
          await ingestEpisodes(
            services,
            batchUser,
            batch.map((t) => ({ content: t.text, sourceRef: t.id, occurredAt: t.occurredAt })),
          );
          ctx.tick('cost: ingestBatch', batch.length);
        }
      });
      fake.onChat((body) =>
        chatPromptKind(body) === 'answer'
          ? { answer: 'From memory: see [1].', citations: ['1'], known: true }
          : undefined,
      );
      const questions = user!.questions.filter((q) => q.evidence.length > 0).slice(0, QUESTIONS);
      await measure('ragQuery (recall + one answer call)', questions.length, async () => {
        for (const q of questions) {
          await ragQuery(services, singleUser, { query: q.question, limit: 10 });
          ctx.tick('cost: ragQuery');
        }
      });
    } finally {
      await fake.close();
    }
    return {
      title: this.title,
      baseline: 'none: these are counts, not timings',
      rows: [],
      counts: { header: HEADER, rows },
      notes: [
        'tokens are counted by the fake server with the same estimate for every request (about 4 characters a token)',
      ],
    };
  },
};
