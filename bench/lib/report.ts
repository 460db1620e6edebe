// The markdown table and console summary of a bench run.
import type { SectionResult } from './context.ts';
import type { PreviousRun } from './previous.ts';
import { table } from './results.ts';

const arrow = (before: number | undefined, now: number, unit = '') =>
  before === undefined ? 'new' : `${before}${unit} → ${now}${unit}`;

/** Markdown for all sections: one table per section, timings as p50/p95 ms and ratio to the baseline. */
export function benchMarkdown(
  results: SectionResult[],
  meta: { date: string; machine: object; options: object; previous: PreviousRun | null },
): string {
  const lines = [
    `# Bench ${meta.date}`,
    '',
    `Machine: ${JSON.stringify(meta.machine)}`,
    `Options: ${JSON.stringify(meta.options)}`,
    meta.previous
      ? `Previous runs (${meta.previous.source}): each row's "previous → now" compares p50 and ratio with the newest of ${meta.previous.files.join(', ')} that measured it.`
      : 'Previous run: none found, so no "previous → now" columns.',
    '',
  ];
  for (const r of results) {
    lines.push(`## ${r.title}`, '');
    if ('skipped' in r || 'failed' in r) {
      lines.push('skipped' in r ? `skipped: ${r.skipped}` : `**FAILED**: ${r.failed}`, '');
      continue;
    }
    if (r.rows.length) {
      lines.push(`Baseline: ${r.baseline}.`, '');
      const extraKeys = [...new Set(r.rows.flatMap((row) => Object.keys(row.extra ?? {})))];
      const compare = meta.previous !== null;
      lines.push(
        table(
          [
            'case',
            'p50 ms',
            'p95 ms',
            'baseline p50 ms',
            'baseline p95 ms',
            'ratio (p50)',
            ...(compare ? ['p50 ms previous → now', 'ratio previous → now'] : []),
            ...extraKeys,
          ],
          r.rows.map((row) => [
            row.case,
            row.system.p50Ms,
            row.system.p95Ms,
            row.baseline.p50Ms,
            row.baseline.p95Ms,
            `${row.ratio}×`,
            ...(compare
              ? [arrow(row.previous?.p50Ms, row.system.p50Ms), arrow(row.previous?.ratio, row.ratio, '×')]
              : []),
            ...extraKeys.map((k) => row.extra?.[k] ?? ''),
          ]),
        ),
        '',
      );
    }
    if (r.counts) lines.push(table(r.counts.header, r.counts.rows), '');
    for (const note of r.notes ?? []) lines.push(`- ${note}`);
    if (r.notes?.length) lines.push('');
  }
  lines.push('## Memory of the bench process per section', '');
  lines.push(
    table(
      ['section', 'RSS start MB', 'RSS peak MB', 'RSS end MB', 'heap used peak MB', 'heap used end MB'],
      results.map((r) => {
        const m = r.memory;
        return [
          r.title,
          m?.rssStartMb ?? '',
          m?.rssPeakMb ?? '',
          m?.rssEndMb ?? '',
          m?.heapUsedPeakMb ?? '',
          m?.heapUsedEndMb ?? '',
        ];
      }),
    ),
    '',
    '- sampled every 200 ms in the bench process (clients, in-process recall and seeding); the API server process of the subscription and API sections reports its own RSS in those sections',
    '',
  );
  return lines.join('\n');
}
