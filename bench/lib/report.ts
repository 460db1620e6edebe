// The markdown table and console summary of a bench run.
import type { SectionResult } from './context.ts';
import { table } from './results.ts';

/** Markdown for all sections: one table per section, timings as p50/p95 ms and ratio to the baseline. */
export function benchMarkdown(
  results: SectionResult[],
  meta: { date: string; machine: object; options: object },
): string {
  const lines = [
    `# Bench ${meta.date}`,
    '',
    `Machine: ${JSON.stringify(meta.machine)}`,
    `Options: ${JSON.stringify(meta.options)}`,
    '',
  ];
  for (const r of results) {
    lines.push(`## ${r.title}`, '');
    if ('skipped' in r) {
      lines.push(`skipped: ${r.skipped}`, '');
      continue;
    }
    if (r.rows.length) {
      lines.push(`Baseline: ${r.baseline}.`, '');
      const extraKeys = [...new Set(r.rows.flatMap((row) => Object.keys(row.extra ?? {})))];
      lines.push(
        table(
          ['case', 'p50 ms', 'p95 ms', 'baseline p50 ms', 'baseline p95 ms', 'ratio (p50)', ...extraKeys],
          r.rows.map((row) => [
            row.case,
            row.system.p50Ms,
            row.system.p95Ms,
            row.baseline.p50Ms,
            row.baseline.p95Ms,
            `${row.ratio}×`,
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
  return lines.join('\n');
}
