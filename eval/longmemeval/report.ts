// Aggregates a LongMemEval run's per-question results into the published report (JSON and markdown).
import { table } from '../../bench/lib/results.ts';
import { fmt, METRIC_NOTE, times } from '../report.ts';
import { mean, ratio } from '../scoring.ts';
import { type QuestionResult, SYSTEMS, type SystemName } from './ask-question.ts';

const METRICS = ['turnAt5', 'turnAt10', 'sessionAt5', 'sessionAt10'] as const;
type Metric = (typeof METRICS)[number];

export interface GroupScores {
  questions: number;
  /** Questions with has_answer turns (turn-level) and with answer sessions (session-level). */
  turnScored: number;
  sessionScored: number;
  scores: Record<SystemName, Record<Metric, number | null>>;
  /** memory and dense over BM25, per metric. */
  ratios: Record<Exclude<SystemName, 'bm25'>, Record<Metric, number | null>>;
}

export interface LmeReport {
  dataset: 'longmemeval';
  provider: string;
  run: string;
  questions: number;
  failed: Array<{ id: string; error: string }>;
  overall: GroupScores;
  byType: Record<string, GroupScores>;
  ingest: {
    episodes: number;
    llmCalls: number;
    promptTokens: number;
    completionTokens: number;
    perEpisode: { llmCalls: number; promptTokens: number; completionTokens: number };
  };
  denseEmbeddings: { calls: number; tokens: number };
  time: { ingestMs: number; meanRecallMs: number | null; wallMs: number };
  /** Questions after which the user's graph differed from before recall (must be 0). */
  graphChangedByRecall: number;
  judgedAccuracy: number | null;
  /** The answering calls behind judged accuracy (the judge's own calls are not counted). */
  answering: { calls: number; promptTokens: number; completionTokens: number } | null;
}

function group(results: QuestionResult[]): GroupScores {
  const pick = (system: SystemName, metric: Metric) =>
    mean(results.map((r) => r.systems[system][metric]).filter((v): v is number => v !== null));
  const scores = Object.fromEntries(
    SYSTEMS.map((s) => [s, Object.fromEntries(METRICS.map((m) => [m, pick(s, m)]))]),
  ) as GroupScores['scores'];
  const over = (s: 'memory' | 'dense') =>
    Object.fromEntries(METRICS.map((m) => [m, ratio(scores[s][m], scores.bm25[m])])) as Record<
      Metric,
      number | null
    >;
  return {
    questions: results.length,
    turnScored: results.filter((r) => r.evidenceTurns.length > 0).length,
    sessionScored: results.filter((r) => r.evidenceSessions.length > 0).length,
    scores,
    ratios: { memory: over('memory'), dense: over('dense') },
  };
}

/** The report over every finished question of the run. */
export function buildReport(
  results: QuestionResult[],
  meta: { provider: string; run: string; wallMs: number; failed: Array<{ id: string; error: string }> },
): LmeReport {
  const types = [...new Set(results.map((r) => r.type))].sort();
  const sum = (f: (r: QuestionResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const episodes = sum((r) => r.ingest.episodes);
  const judged = results.filter((r) => r.judged);
  return {
    dataset: 'longmemeval',
    provider: meta.provider,
    run: meta.run,
    questions: results.length,
    failed: meta.failed,
    overall: group(results),
    byType: Object.fromEntries(types.map((t) => [t, group(results.filter((r) => r.type === t))])),
    ingest: {
      episodes,
      llmCalls: sum((r) => r.ingest.llmCalls),
      promptTokens: sum((r) => r.ingest.promptTokens),
      completionTokens: sum((r) => r.ingest.completionTokens),
      perEpisode: {
        llmCalls: sum((r) => r.ingest.llmCalls) / Math.max(1, episodes),
        promptTokens: sum((r) => r.ingest.promptTokens) / Math.max(1, episodes),
        completionTokens: sum((r) => r.ingest.completionTokens) / Math.max(1, episodes),
      },
    },
    denseEmbeddings: {
      calls: sum((r) => r.denseEmbeddings.calls),
      tokens: sum((r) => r.denseEmbeddings.tokens),
    },
    time: {
      ingestMs: sum((r) => r.ingest.ms),
      meanRecallMs: mean(results.map((r) => r.recallMs)),
      wallMs: meta.wallMs,
    },
    graphChangedByRecall: results.filter((r) => !r.graphUnchanged).length,
    judgedAccuracy: judged.length ? mean(judged.map((r) => (r.judged!.correct ? 1 : 0))) : null,
    answering: judged.length
      ? {
          calls: judged.reduce((n, r) => n + r.judged!.calls, 0),
          promptTokens: judged.reduce((n, r) => n + r.judged!.promptTokens, 0),
          completionTokens: judged.reduce((n, r) => n + r.judged!.completionTokens, 0),
        }
      : null,
  };
}

function levelTable(report: LmeReport, level: 'turn' | 'session'): string {
  const at5 = `${level}At5` as Metric;
  const at10 = `${level}At10` as Metric;
  const rows = [
    ...Object.entries(report.byType).map(([type, g]) => [type, g] as const),
    ['overall', report.overall] as const,
  ].map(([name, g]) => [
    name,
    level === 'turn' ? g.turnScored : g.sessionScored,
    fmt(g.scores.memory[at5]),
    fmt(g.scores.bm25[at5]),
    fmt(g.scores.dense[at5]),
    fmt(g.scores.memory[at10]),
    fmt(g.scores.bm25[at10]),
    fmt(g.scores.dense[at10]),
    times(g.ratios.memory[at5]),
    times(g.ratios.memory[at10]),
    times(g.ratios.dense[at10]),
  ]);
  return table(
    [
      'question type',
      'n',
      'memory @5',
      'BM25 @5',
      'dense @5',
      'memory @10',
      'BM25 @10',
      'dense @10',
      'memory ×BM25 @5',
      'memory ×BM25 @10',
      'dense ×BM25 @10',
    ],
    rows,
  );
}

/** The markdown of one LongMemEval run. */
export function lmeMarkdown(
  report: LmeReport,
  meta: { date: string; machine: Record<string, unknown>; models?: { chat: string; embeddings: string } },
): string {
  const e = report.ingest;
  const lines = [
    `# Eval ${meta.date}: LongMemEval`,
    '',
    `Run \`${report.run}\`, provider ${report.provider}: ${report.questions} questions` +
      (report.failed.length ? ` (${report.failed.length} failed, not scored)` : '') +
      '; unanswerable (`_abs`) questions excluded. Memory = persona-graph recall; BM25 and dense-only over the same raw turns.',
    `Machine: ${JSON.stringify(meta.machine)}`,
    ...(meta.models ? [`Models: chat ${meta.models.chat}, embeddings ${meta.models.embeddings}.`] : []),
    '',
    '## Turn-level evidence recall (turns marked has_answer)',
    '',
    levelTable(report, 'turn'),
    '',
    '## Session-level evidence recall (answer_session_ids)',
    '',
    levelTable(report, 'session'),
    '',
    `${METRIC_NOTE} Session-level: the share of answer sessions owning at least one of the first k distinct turns.`,
    '',
    `Ingest: ${e.episodes} episodes, ${e.llmCalls.toFixed(0)} model calls, ${e.promptTokens.toFixed(0)} prompt and ` +
      `${e.completionTokens.toFixed(0)} completion tokens (${e.perEpisode.llmCalls.toFixed(2)} calls, ` +
      `${e.perEpisode.promptTokens.toFixed(0)} + ${e.perEpisode.completionTokens.toFixed(0)} tokens per episode). ` +
      `Dense baseline: ${report.denseEmbeddings.calls} embeddings calls, ${report.denseEmbeddings.tokens} tokens.`,
    `Time: ingest ${(report.time.ingestMs / 1000).toFixed(1)} s in all, recall ${fmt(report.time.meanRecallMs)} ms per question, ` +
      `wall ${(report.time.wallMs / 1000).toFixed(1)} s this invocation.`,
    `Graph changed by recall: ${report.graphChangedByRecall} of ${report.questions} questions.`,
  ];
  if (report.judgedAccuracy !== null && report.answering)
    lines.push(
      `Judged answer accuracy: ${fmt(report.judgedAccuracy)} (answer calls ${report.answering.calls}, ` +
        `${report.answering.promptTokens} prompt and ${report.answering.completionTokens} completion tokens).`,
    );
  if (report.failed.length)
    lines.push('', 'Failed questions:', '', ...report.failed.map((f) => `- ${f.id}: ${f.error}`));
  lines.push('');
  return lines.join('\n');
}
