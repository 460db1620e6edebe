// Repeated timings reduced to p50/p95, and the ratio of a system to its same-run baseline.

export interface Timing {
  runs: number;
  p50Ms: number;
  p95Ms: number;
}

/** The q-quantile (0..1) of sorted samples, nearest rank. */
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed (sequentially). */
export async function time(runs: number, fn: (i: number) => Promise<unknown>, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return fromSamples(samples);
}

/** p50/p95 of raw millisecond samples. */
export function fromSamples(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50Ms: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)) };
}

/** system p50 / baseline p50: how many times slower (above 1) or faster (below 1) than the baseline. */
export function ratio(system: Timing, baseline: Timing): number {
  return round(system.p50Ms / Math.max(baseline.p50Ms, 1e-6), 2);
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Times several cases in turn, one call of each per round, so load that comes and goes on a shared machine falls
 * on all of them alike. Returns a Timing per case, in the order given.
 */
export async function interleaved(
  runs: number,
  cases: Array<() => Promise<unknown>>,
  warmup = 3,
  onRound?: () => void,
): Promise<Timing[]> {
  const samples = cases.map(() => [] as number[]);
  for (let round = -warmup; round < runs; round++) {
    for (const [i, fn] of cases.entries()) {
      const start = performance.now();
      await fn();
      if (round >= 0) samples[i]!.push(performance.now() - start);
    }
    if (round >= 0) onRound?.();
  }
  return samples.map(fromSamples);
}
