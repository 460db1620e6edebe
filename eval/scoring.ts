// Evidence recall@k: the share of a question's evidence turns cited by the first k results.

/** Fraction of `evidence` found among the first k ranked result groups (each group = the turn ids one result cites). */
export function evidenceRecallAt(k: number, evidence: string[], ranked: string[][]): number {
  if (evidence.length === 0) return 0;
  const cited = new Set(ranked.slice(0, k).flat());
  return evidence.filter((id) => cited.has(id)).length / evidence.length;
}

/** Mean of a list, or null when the list is empty (a score over no questions is not 0). */
export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
