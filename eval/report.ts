// Renders an own-dataset eval report as the markdown published in bench/results/.
import { table } from '../bench/lib/results.ts';
import type { EvalReport, SystemScores } from './run-eval.ts';

export const fmt = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(3));
export const times = (v: number | null | undefined) =>
  v === null || v === undefined ? 'n/a' : `×${v.toFixed(2)}`;

/** One line of the metric's definition, printed under every recall table. */
export const METRIC_NOTE =
  'Evidence recall@k: k is a budget of distinct source turns spent in ranked order (a result citing 20 turns spends ' +
  'up to 20); the same rule for every system. Recall runs with reinforcement off, so questions never change the graph.';

/** The markdown of one own-dataset eval run. */
export function evalMarkdown(
  report: EvalReport,
  meta: { date: string; machine: Record<string, unknown>; models?: { chat: string; embeddings: string } },
): string {
  const memory = 'skipped' in report.memory ? null : (report.memory as SystemScores);
  const row = (
    name: string,
    s: SystemScores | null,
    r: { at5: number | null; at10: number | null } | null,
  ) =>
    s
      ? [
          name,
          fmt(s.recallAt5),
          fmt(s.recallAt10),
          r ? times(r.at5) : '×1.00',
          r ? times(r.at10) : '×1.00',
          fmt(s.abstention),
          fmt(s.falseAbstention),
          fmt(s.accuracy),
        ]
      : [name, 'skipped', '', '', '', '', '', ''];
  const lines = [
    `# Eval ${meta.date}: own dataset`,
    '',
    `Provider: ${report.provider}. ${report.users} users, ${report.turns} turns, ${report.questions} questions (${report.answerable} answerable, ${report.unanswerable} with no answer in memory).`,
    `Machine: ${JSON.stringify(meta.machine)}`,
    ...(meta.models ? [`Models: chat ${meta.models.chat}, embeddings ${meta.models.embeddings}.`] : []),
    '',
    table(
      [
        'system',
        'evidence recall@5',
        'evidence recall@10',
        '@5 ×BM25',
        '@10 ×BM25',
        'abstention (no-answer qs)',
        'false abstention',
        'judged accuracy',
      ],
      [
        row('persona-graph recall', memory, report.ratios.memory),
        row('BM25 over raw turns', report.bm25, null),
        row('dense-only over raw turns (same embedder)', report.dense, report.ratios.dense),
      ],
    ),
    '',
    METRIC_NOTE,
    '',
  ];
  if (!memory) lines.push(`persona-graph: skipped: ${(report.memory as { skipped: string }).skipped}`, '');
  const kinds = Object.entries(report.byKind).filter(([kind]) => kind !== 'none');
  if (kinds.length) {
    lines.push('Recall@10 by question kind:', '');
    lines.push(
      table(
        ['kind', 'questions', 'persona-graph', 'BM25', 'dense-only'],
        kinds.map(([k, v]) => [k, v.questions, fmt(v.memory), fmt(v.bm25), fmt(v.dense)]),
      ),
    );
    lines.push('');
  }
  if (report.ingest) {
    const e = report.ingest;
    lines.push(
      `Ingest cost: ${e.episodes} episodes, ${(e.llmCalls / Math.max(1, e.episodes)).toFixed(2)} model calls, ` +
        `${(e.promptTokens / Math.max(1, e.episodes)).toFixed(0)} prompt and ${(e.completionTokens / Math.max(1, e.episodes)).toFixed(0)} completion tokens per episode.`,
      '',
    );
  }
  return lines.join('\n');
}
