// One LongMemEval question end to end: ingest its haystack for its own user, then score memory, BM25 and dense-only.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config/index.ts';
import { InProcessEventBus } from '../../src/events/index.ts';
import type { LlmProvider } from '../../src/llm/index.ts';
import { eraseUser } from '../../src/memory/edit/erase-user.ts';
import { ingestEpisodes } from '../../src/memory/ingest/index.ts';
import { Bm25Index } from '../bm25.ts';
import { DenseIndex } from '../dense.ts';
import { graphFingerprint, sameGraph } from '../graph-fingerprint.ts';
import { addIngestUsage, emptyIngestUsage } from '../ingest-usage.ts';
import type { Judge } from '../judge.ts';
import { answerFromItems, episodeRefs, recallRanking } from '../recall-ranking.ts';
import { distinctEpisodes, evidenceRecallAt, sessionRecallAt } from '../scoring.ts';
import { haystackTurns, parseLmeDate } from './haystack.ts';
import type { LmeQuestion } from './questions.ts';

export const SYSTEMS = ['memory', 'bm25', 'dense'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** Recall of one system on one question; null where the question has no evidence at that level. */
export interface SystemResult {
  turnAt5: number | null;
  turnAt10: number | null;
  sessionAt5: number | null;
  sessionAt10: number | null;
  /** The first 10 distinct turns the system ranked, for reading failures. */
  top: string[];
}

/** One line of the run's state file: everything the report needs about one finished question. */
export interface QuestionResult {
  id: string;
  type: string;
  question: string;
  userId: string;
  turns: number;
  sessions: number;
  evidenceTurns: string[];
  evidenceSessions: string[];
  systems: Record<SystemName, SystemResult>;
  ingest: { episodes: number; llmCalls: number; promptTokens: number; completionTokens: number; ms: number };
  /** Dense baseline's embeddings (turns and query). */
  denseEmbeddings: { calls: number; tokens: number };
  recallMs: number;
  /** False if the graph differed after the question was asked (recall must not change it). */
  graphUnchanged: boolean;
  judged?: {
    answer: string;
    correct: boolean;
    calls: number;
    promptTokens: number;
    completionTokens: number;
  };
}

export interface AskServices {
  config: Config;
  driver: Driver;
  llm: LlmProvider;
  judge?: Judge;
  /** Called with the number of turns just ingested. */
  onTurns?: (count: number) => void;
}

const INGEST_BATCH = 20;

/**
 * Ingests the question's haystack for `userId` (after erasing any half-ingested copy) and scores every system.
 * With `previous` (a finished result whose graph is still in the database) nothing is ingested: the question is
 * asked again of that graph and the first run's ingest figures are kept.
 */
export async function askQuestion(
  services: AskServices,
  q: LmeQuestion,
  userId: string,
  previous?: QuestionResult,
): Promise<QuestionResult> {
  const askedAt = parseLmeDate(q.question_date);
  const now = () => askedAt;
  const turns = haystackTurns(q);
  const sessionOfTurn = new Map(turns.map((t) => [t.id, t.sessionId]));
  const sessionOf = (id: string) => sessionOfTurn.get(id);
  const evidenceTurns = turns.filter((t) => t.hasAnswer).map((t) => t.id);
  const evidenceSessions = [...new Set(q.answer_session_ids)];

  const usage = previous?.ingest ?? (await ingestHaystack(services, userId, turns, now));
  const recallServices = { config: services.config, driver: services.driver, llm: services.llm, now };
  const before = await graphFingerprint(services.driver, userId);
  const turnOf = await episodeRefs(services.driver, userId);
  const recallStarted = performance.now();
  const memory = await recallRanking(
    recallServices,
    userId,
    { query: q.question, at: askedAt.toISOString() },
    turnOf,
  );
  const recallMs = performance.now() - recallStarted;
  let judged: QuestionResult['judged'];
  if (services.judge) {
    const rag = await answerFromItems(recallServices, q.question, memory.items);
    const correct = await services.judge.correct(q.question, String(q.answer), rag.answer);
    judged = {
      answer: rag.answer,
      correct,
      calls: rag.usage?.calls ?? 0,
      promptTokens: rag.usage?.promptTokens ?? 0,
      completionTokens: rag.usage?.completionTokens ?? 0,
    };
  }
  const after = await graphFingerprint(services.driver, userId);

  const docs = turns.map((t) => ({ id: t.id, text: t.content }));
  const dense = await DenseIndex.build(services.llm, docs);
  const rankings: Record<SystemName, string[][]> = {
    memory: memory.ranked,
    bm25: new Bm25Index(docs).search(q.question, 10).map((id) => [id]),
    dense: (await dense.search(q.question, 10)).map((id) => [id]),
  };
  const score = (ranked: string[][]): SystemResult => ({
    turnAt5: evidenceTurns.length ? evidenceRecallAt(5, evidenceTurns, ranked) : null,
    turnAt10: evidenceTurns.length ? evidenceRecallAt(10, evidenceTurns, ranked) : null,
    sessionAt5: evidenceSessions.length ? sessionRecallAt(5, evidenceSessions, ranked, sessionOf) : null,
    sessionAt10: evidenceSessions.length ? sessionRecallAt(10, evidenceSessions, ranked, sessionOf) : null,
    top: distinctEpisodes(ranked, 10),
  });
  return {
    id: q.question_id,
    type: q.question_type,
    question: q.question,
    userId,
    turns: turns.length,
    sessions: q.haystack_sessions.length,
    evidenceTurns,
    evidenceSessions,
    systems: { memory: score(rankings.memory), bm25: score(rankings.bm25), dense: score(rankings.dense) },
    ingest: usage,
    denseEmbeddings: dense.usage,
    recallMs,
    graphUnchanged: sameGraph(before, after),
    ...(judged ? { judged } : {}),
  };
}

/** Erases any earlier copy of the user, then sends the haystack turns in batches as the API's ingestBatch would. */
async function ingestHaystack(
  services: AskServices,
  userId: string,
  turns: ReturnType<typeof haystackTurns>,
  now: () => Date,
): Promise<QuestionResult['ingest']> {
  await eraseUser(services, { userId });
  const usage = { ...emptyIngestUsage(), ms: 0 };
  const started = performance.now();
  const ingestServices = { ...services, events: new InProcessEventBus(), now };
  for (let i = 0; i < turns.length; i += INGEST_BATCH) {
    const batch = turns.slice(i, i + INGEST_BATCH);
    const results = await ingestEpisodes(
      ingestServices,
      userId,
      batch.map((t) => ({
        content: t.content,
        source: 'chat',
        sourceRef: t.id,
        occurredAt: t.occurredAt,
        speaker: t.role,
        conversationId: t.sessionId,
      })),
    );
    addIngestUsage(usage, results);
    services.onTurns?.(batch.length);
  }
  usage.ms = performance.now() - started;

  return usage;
}
