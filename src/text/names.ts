// Names as the graph keys them: one normalisation for ingest, recall, merging and the offline extractor.

/** The key entities are deduplicated on: lowercase, accents and punctuation removed, a leading article dropped. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Candidate names in free text: every run of one to `maxWords` normalised words, in order, at most `limit`
 * ("my wife Maria" gives "maria" among others). Words shorter than `minLength` are left out.
 */
export function nameRuns(
  text: string,
  options: { maxWords?: number; minLength?: number; limit: number },
): string[] {
  const { maxWords = 3, minLength = 1, limit } = options;
  const words = normalizeName(text)
    .split(' ')
    .filter((w) => w.length >= minLength);
  const runs = new Set<string>();
  for (let i = 0; i < words.length && runs.size < limit; i++)
    for (let n = 1; n <= maxWords && i + n <= words.length && runs.size < limit; n++)
      runs.add(words.slice(i, i + n).join(' '));
  return [...runs];
}
