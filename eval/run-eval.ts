// The project's own eval: ingest each user's turns, ask every question through recall (reinforcement off),
// score memory, BM25 and dense-only the same way (evidence recall@k over a budget of distinct turns).
import type { Driver } from 'neo4j-driver';
import type { Config } from '../src/config/index.ts';
import { InProcessEventBus } from '../src/events/index.ts';
import type { LlmProvider } from '../src/llm/index.ts';
import { ingestEpisodes } from '../src/memory/ingest/index.ts';
import { VectorCache } from '../src/memory/vector-cache.ts';
import type { EvalUser } from '../test/eval-data/types.ts';
import { Bm25Index } from './bm25.ts';
import { DenseIndex } from './dense.ts';
import { addIngestUsage, emptyIngestUsage } from './ingest-usage.ts';
import type { Judge } from './judge.ts';
import { answerFromItems, episodeRefs, recallRanking } from './recall-ranking.ts';
import { evidenceRecallAt, mean, ratio } from './scoring.ts';

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
  dense: SystemScores;
  /** memory and dense recall@k over BM25's, same questions. */
  ratios: {
    memory: { at5: number | null; at10: number | null };
    dense: { at5: number | null; at10: number | null };
  };
  /** Per-kind recall@10 of each system (single, changed, multi). */
  byKind: Record<
    string,
    { memory: number | null; bm25: number | null; dense: number | null; questions: number }
  >;
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

type Scores = { r5: number[]; r10: number[]; abst: number[]; falseAbst: number[]; acc: number[] };
const scores = (): Scores => ({ r5: [], r10: [], abst: [], falseAbst: [], acc: [] });

function summary(s: Scores, judged: boolean): SystemScores {
  return {
    recallAt5: mean(s.r5),
    recallAt10: mean(s.r10),
    abstention: mean(s.abst),
    falseAbstention: mean(s.falseAbst),
    accuracy: judged ? mean(s.acc) : null,
  };
}

/** Runs the eval over the given users and returns the scores of memory, BM25 and dense-only. */
export async function runEval(services: EvalServices, users: EvalUser[]): Promise<EvalReport> {
  const questions = users.flatMap((u) => u.questions);
  const totalSteps = users.reduce((n, u) => n + u.turns.length, 0) + questions.length;
  let done = 0;
  const step = (n: number, stage: string) => {
    done += n;
    services.onProgress?.(done, totalSteps, stage);
  };

  const mem = scores();
  const bm25 = scores();
  const dense = scores();
  const kinds: Record<string, { memory: number[]; bm25: number[]; dense: number[] }> = {};
  let skipped: string | null = null;
  const usage = emptyIngestUsage();
  // Recall as the server runs it: with the vector cache, which holds a user's vectors after their first question.
  const vectorCache = new VectorCache({ driver: services.driver }, { maxBytes: 256 * 1024 * 1024 });
  const recallServices = {
    config: services.config,
    driver: services.driver,
    llm: services.llm,
    now: services.now,
    vectorCache,
  };

  for (const user of users) {
    const docs = user.turns.map((t) => ({ id: t.id, text: t.text }));
    const lexical = new Bm25Index(docs);
    const vectors = await DenseIndex.build(services.llm, docs);
    const userId = `${services.runId}-${user.user}`;
    if (!skipped) {
      try {
        for (let i = 0; i < user.turns.length; i += INGEST_BATCH) {
          const batch = user.turns.slice(i, i + INGEST_BATCH);
          const results = await ingestEpisodes(
            { ...recallServices, events: new InProcessEventBus() },
            userId,
            batch.map((t) => ({
              content: t.text,
              source: 'chat',
              sourceRef: t.id,
              occurredAt: t.occurredAt,
            })),
          );
          addIngestUsage(usage, results);
          step(batch.length, `ingest ${user.user}`);
        }
      } catch (err) {
        skipped = `ingest failed with provider '${services.llm.name}': ${(err as Error).message}`;
      }
    }
    if (skipped) step(user.turns.length, `baselines ${user.user}`);
    const turnOf = skipped ? new Map<string, string>() : await episodeRefs(services.driver, userId);

    for (const q of user.questions) {
      kinds[q.kind] ??= { memory: [], bm25: [], dense: [] };
      const kind = kinds[q.kind]!;
      const answerable = q.evidence.length > 0;
      const baselines: Array<[Scores, string[][], number[]]> = [
        [bm25, lexical.search(q.question, 10).map((id) => [id]), kind.bm25],
        [dense, (await vectors.search(q.question, 10)).map((id) => [id]), kind.dense],
      ];
      for (const [s, ranked, byKind] of baselines) {
        if (answerable) {
          s.r5.push(evidenceRecallAt(5, q.evidence, ranked));
          s.r10.push(evidenceRecallAt(10, q.evidence, ranked));
          s.falseAbst.push(ranked.length === 0 ? 1 : 0);
          byKind.push(evidenceRecallAt(10, q.evidence, ranked));
        } else s.abst.push(ranked.length === 0 ? 1 : 0);
      }

      if (!skipped) {
        const { items, ranked } = await recallRanking(recallServices, userId, { query: q.question }, turnOf);
        const rag = await answerFromItems(recallServices, q.question, items);
        if (answerable) {
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

  await vectorCache.close();
  const answerable = questions.filter((q) => q.evidence.length > 0).length;
  const memory = skipped ? { skipped } : summary(mem, Boolean(services.judge));
  const bm25Scores = summary(bm25, false);
  const denseScores = summary(dense, false);
  const memScores = 'skipped' in memory ? null : memory;
  return {
    provider: services.llm.name,
    users: users.length,
    turns: users.reduce((n, u) => n + u.turns.length, 0),
    questions: questions.length,
    answerable,
    unanswerable: questions.length - answerable,
    memory,
    bm25: bm25Scores,
    dense: denseScores,
    ratios: {
      memory: {
        at5: ratio(memScores?.recallAt5, bm25Scores.recallAt5),
        at10: ratio(memScores?.recallAt10, bm25Scores.recallAt10),
      },
      dense: {
        at5: ratio(denseScores.recallAt5, bm25Scores.recallAt5),
        at10: ratio(denseScores.recallAt10, bm25Scores.recallAt10),
      },
    },
    byKind: Object.fromEntries(
      Object.entries(kinds).map(([k, v]) => [
        k,
        {
          memory: mean(v.memory),
          bm25: mean(v.bm25),
          dense: mean(v.dense),
          questions: Math.max(v.memory.length, v.bm25.length),
        },
      ]),
    ),
    ingest: skipped ? null : usage,
  };
}
