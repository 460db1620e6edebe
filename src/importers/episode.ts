// What every importer produces: episodes ready for ingestBatch, plus a count of what its noise filters dropped.

/** One item of a user's export, shaped like the API's IngestInput. */
export interface ImportedEpisode {
  content: string;
  source: string;
  /** Stable id of the item in its product, so re-imports are recognised as duplicates by the server. */
  sourceRef: string;
  /** ISO 8601 instant. */
  occurredAt: string;
}

export interface ImportResult {
  episodes: ImportedEpisode[];
  /** Items dropped by a filter, by reason (e.g. "search-results", "before-since"). */
  skipped: Record<string, number>;
}

/** Counts one skipped item under a reason. */
export function countSkip(skipped: Record<string, number>, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/** Total of all skip reasons. */
export function totalSkipped(result: Pick<ImportResult, 'skipped'>): number {
  return Object.values(result.skipped).reduce((sum, n) => sum + n, 0);
}

/** Sorts episodes oldest first (then by sourceRef), so batches are the same on every run and resume is exact. */
export function sortEpisodes(episodes: ImportedEpisode[]): ImportedEpisode[] {
  return episodes.sort((a, b) =>
    a.occurredAt === b.occurredAt
      ? a.sourceRef.localeCompare(b.sourceRef)
      : a.occurredAt < b.occurredAt
        ? -1
        : 1,
  );
}
