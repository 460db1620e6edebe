// The eval itself: ingest each user's turns, ask every question through recall and ragQuery, score against BM25.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../src/config/index.ts';
import { InProcessEventBus } from '../src/events/index.ts';
import type { LlmProvider } from '../src/llm/index.ts';
import { ingestEpisodes } from '../src/memory/ingest/index.ts';
import { ragQuery } from '../src/memory/rag/index.ts';
import { createSourcesLoader, recallMemory } from '../src/memory/recall/index.ts';
import type { EvalUser } from '../test/eval-data/types.ts';
import { Bm25Index } from './bm25.ts';
import type { Judge } from './judge.ts';
import { evidenceRecallAt, mean } from './scoring.ts';

export interface SystemScores {
  recallAt5: number | null;
  recallAt10: number | null;
  /** Unanswerable questions the system declined to answer. */
  abstention: number | null;
  /** Answerable questions the system wrongly declined (lower is better). */
  falseAbstention: number | null;
  /** Model-judged answer accuracy, when a real endpoint is configured. */
  accuracy: number | null;
}

export interface EvalReport {
  provider: string;
  users: number;
  turns: number;
  questions: number;
  answerable: number;
  unanswerable: number;
  memory: SystemScores | { skipped: string };
  bm25: SystemScores;
  /** Per-kind recall@10 of memory and BM25 (single, changed, multi). */
  byKind: Record<string, { memory: number | null; bm25: number | null; questions: number }>;
  ingest: { episodes: number; llmCalls: number; promptTokens: number; completionTokens: number } | null;
}

export interface EvalServices {
  config: Config;
  driver: Driver;
  llm: LlmProvider;
  now: () => Date;
  judge?: Judge;
  /** Prefixes user ids so runs never see each other's data. */
  runId: string;
  onProgress?: (done: number, total: number, stage: string) => void;
}

const INGEST_BATCH = 20;

function emptyScores(): SystemScores {
  return { recallAt5: null, recallAt10: null, abstention: null, falseAbstention: null, accuracy: null };
}

/** Runs the eval over the given users and returns the scores of memory and of the BM25 baseline. */
export async function runEval(services: EvalServices, users: EvalUser[]): Promise<EvalReport> {
  const questions = users.flatMap((u) => u.questions);
  const totalSteps = users.reduce((n, u) => n + u.turns.length, 0) + questions.length;
  let done = 0;
  const step = (n: number, stage: string) => {
    done += n;
    services.onProgress?.(done, totalSteps, stage);
  };

  const bm25 = { r5: [] as number[], r10: [] as number[], abst: [] as number[], falseAbst: [] as number[] };
  const mem = {
    r5: [] as number[],
    r10: [] as number[],
    abst: [] as number[],
    falseAbst: [] as number[],
    acc: [] as number[],
  };
  const kinds: Record<string, { memory: number[]; bm25: number[] }> = {};
  let skipped: string | null = null;
  const usage = { episodes: 0, llmCalls: 0, promptTokens: 0, completionTokens: 0 };

  for (const user of users) {
    const index = new Bm25Index(user.turns.map((t) => ({ id: t.id, text: t.text })));
    const userId = `${services.runId}-${user.user}`;
    if (!skipped) {
      try {
        for (let i = 0; i < user.turns.length; i += INGEST_BATCH) {
          const batch = user.turns.slice(i, i + INGEST_BATCH);
          const results = await ingestEpisodes(
            {
              config: services.config,
              driver: services.driver,
              llm: services.llm,
              events: new InProcessEventBus(),
              now: services.now,
            },
            userId,
            batch.map((t) => ({
              content: t.text,
              source: 'chat',
              sourceRef: t.id,
              occurredAt: t.occurredAt,
            })),
          );
          // Usage is shared by the episodes of a pack: count it once per pack.
          for (const r of results) {
            if (r.duplicate || r.packSize === 0) continue;
            usage.episodes += 1;
            usage.llmCalls += r.usage.calls / r.packSize;
            usage.promptTokens += r.usage.promptTokens / r.packSize;
            usage.completionTokens += r.usage.completionTokens / r.packSize;
          }
          step(batch.length, `ingest ${user.user}`);
        }
      } catch (err) {
        skipped = `ingest failed with provider '${services.llm.name}': ${(err as Error).message}`;
      }
    }
    if (skipped) step(user.turns.length, `bm25 ${user.user}`);

    const recallServices = {
      config: services.config,
      driver: services.driver,
      llm: services.llm,
      now: services.now,
    };
    const sources = createSourcesLoader(services.driver);
    for (const q of user.questions) {
      kinds[q.kind] ??= { memory: [], bm25: [] };
      const kind = kinds[q.kind]!;
      const bm25Ranked = index.search(q.question, 10).map((id) => [id]);
      if (q.evidence.length > 0) {
        bm25.r5.push(evidenceRecallAt(5, q.evidence, bm25Ranked));
        bm25.r10.push(evidenceRecallAt(10, q.evidence, bm25Ranked));
        bm25.falseAbst.push(bm25Ranked.length === 0 ? 1 : 0);
        kind.bm25.push(evidenceRecallAt(10, q.evidence, bm25Ranked));
      } else bm25.abst.push(bm25Ranked.length === 0 ? 1 : 0);

      if (!skipped) {
        const { items } = await recallMemory(recallServices, userId, { query: q.question, limit: 10 });
        const cited = await Promise.all(items.map((item) => sources.load(item)));
        const ranked = cited.map((episodes) => episodes.map((e) => String(e.sourceRef ?? '')));
        const rag = await ragQuery(recallServices, userId, { query: q.question, limit: 10 });
        if (q.evidence.length > 0) {
          mem.r5.push(evidenceRecallAt(5, q.evidence, ranked));
          mem.r10.push(evidenceRecallAt(10, q.evidence, ranked));
          mem.falseAbst.push(rag.known ? 0 : 1);
          kind.memory.push(evidenceRecallAt(10, q.evidence, ranked));
        } else mem.abst.push(rag.known ? 0 : 1);
        if (services.judge)
          mem.acc.push((await services.judge.correct(q.question, q.answer, rag.answer)) ? 1 : 0);
      }
      step(1, `questions ${user.user}`);
    }
  }

  const answerable = questions.filter((q) => q.evidence.length > 0).length;
  return {
    provider: services.llm.name,
    users: users.length,
    turns: users.reduce((n, u) => n + u.turns.length, 0),
    questions: questions.length,
    answerable,
    unanswerable: questions.length - answerable,
    memory: skipped
      ? { skipped }
      : {
          recallAt5: mean(mem.r5),
          recallAt10: mean(mem.r10),
          abstention: mean(mem.abst),
          falseAbstention: mean(mem.falseAbst),
          accuracy: services.judge ? mean(mem.acc) : null,
        },
    bm25: {
      ...emptyScores(),
      recallAt5: mean(bm25.r5),
      recallAt10: mean(bm25.r10),
      abstention: mean(bm25.abst),
      falseAbstention: mean(bm25.falseAbst),
    },
    byKind: Object.fromEntries(
      Object.entries(kinds).map(([k, v]) => [
        k,
        { memory: mean(v.memory), bm25: mean(v.bm25), questions: Math.max(v.memory.length, v.bm25.length) },
      ]),
    ),
    ingest: skipped ? null : usage,
  };
}
