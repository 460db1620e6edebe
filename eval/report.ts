// Renders an eval report as the markdown published in bench/results/ and the README.
import { table } from '../bench/lib/results.ts';
import type { EvalReport, SystemScores } from './run-eval.ts';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(3));

/** The markdown of one eval run. */
export function evalMarkdown(
  report: EvalReport,
  meta: { date: string; machine: Record<string, unknown> },
): string {
  const memory = 'skipped' in report.memory ? null : (report.memory as SystemScores);
  const row = (name: string, s: SystemScores | null) =>
    s
      ? [
          name,
          pct(s.recallAt5),
          pct(s.recallAt10),
          pct(s.abstention),
          pct(s.falseAbstention),
          pct(s.accuracy),
        ]
      : [name, 'skipped', '', '', '', ''];
  const lines = [
    `# Eval ${meta.date}`,
    '',
    `Provider: ${report.provider}. ${report.users} users, ${report.turns} turns, ${report.questions} questions (${report.answerable} answerable, ${report.unanswerable} with no answer in memory).`,
    `Machine: ${JSON.stringify(meta.machine)}`,
    '',
    table(
      [
        'system',
        'evidence recall@5',
        'evidence recall@10',
        'abstention (no-answer qs)',
        'false abstention',
        'judged accuracy',
      ],
      [row('persona-graph recall / ragQuery', memory), row('BM25 over raw turns', report.bm25)],
    ),
    '',
  ];
  if (!memory) lines.push(`persona-graph: skipped: ${(report.memory as { skipped: string }).skipped}`, '');
  const kinds = Object.entries(report.byKind).filter(([kind]) => kind !== 'none');
  if (kinds.length) {
    lines.push('Recall@10 by question kind:', '');
    lines.push(
      table(
        ['kind', 'questions', 'persona-graph', 'BM25'],
        kinds.map(([k, v]) => [k, v.questions, pct(v.memory), pct(v.bm25)]),
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
