// Evidence recall@k with k a budget of distinct source episodes, spent in ranked order: the same rule for every system.

/**
 * The first k distinct episode ids of a ranking. Each result cites episodes, most relevant first; walking results
 * and their citations in order, every new id spends one slot, so a result citing 20 episodes spends up to 20.
 */
export function distinctEpisodes(ranked: string[][], k: number): string[] {
  const seen = new Set<string>();
  for (const cited of ranked) {
    for (const id of cited) {
      if (seen.size >= k) return [...seen];
      seen.add(id);
    }
  }
  return [...seen];
}

/** Share of `evidence` among the first k distinct episodes of the ranking (0 for no evidence). */
export function evidenceRecallAt(k: number, evidence: string[], ranked: string[][]): number {
  if (evidence.length === 0) return 0;
  const budget = new Set(distinctEpisodes(ranked, k));
  return evidence.filter((id) => budget.has(id)).length / evidence.length;
}

/**
 * Share of the answer sessions that own at least one of the first k distinct episodes: the same budget of
 * episodes as turn-level recall, credited by session.
 */
export function sessionRecallAt(
  k: number,
  answerSessions: string[],
  ranked: string[][],
  sessionOf: (episodeId: string) => string | undefined,
): number {
  if (answerSessions.length === 0) return 0;
  const sessions = new Set(distinctEpisodes(ranked, k).map(sessionOf));
  return answerSessions.filter((s) => sessions.has(s)).length / answerSessions.length;
}

/** Mean of a list, or null when the list is empty (a score over no questions is not 0). */
export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** system / baseline, or null when either is missing or the baseline is 0. */
export function ratio(system: number | null | undefined, baseline: number | null | undefined): number | null {
  if (system === null || system === undefined || !baseline) return null;
  return system / baseline;
}
