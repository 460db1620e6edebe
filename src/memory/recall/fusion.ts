// Reciprocal rank fusion of the retrievers' lists, then weighting by activation and recency.

/** RRF constant from Cormack et al. (2009): dampens the weight of top ranks so no single list dominates. */
const RRF_K = 60;

/** Fuses ranked lists of keys: Σ weight / (RRF_K + rank) over the lists a key appears in. */
export function reciprocalRankFusion(lists: Array<{ keys: string[]; weight?: number }>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { keys, weight = 1 } of lists) {
    keys.forEach((key, rank) => {
      scores.set(key, (scores.get(key) ?? 0) + weight / (RRF_K + rank + 1));
    });
  }
  return scores;
}

/**
 * Multiplier for what the user keeps coming back to and what is recent: activation (ACT-R, about −6 … 10)
 * scales by e^(0.1·A) (a month-old single use ≈ 0.7, a pinned memory ≈ 2.7), and age fades the score by at
 * most 20% with a half-year time constant, so relevance still leads.
 */
export function memoryWeight(activation: number | null, ageMs: number | null): number {
  const a = Math.max(-6, Math.min(10, activation ?? 0));
  const ageDays = Math.max(0, ageMs ?? 0) / 86_400_000;
  return Math.exp(0.1 * a) * (0.8 + 0.2 * Math.exp(-ageDays / 180));
}
