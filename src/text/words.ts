// Words of free text for matching: significant keywords for fulltext search, light stems for hashed features.
import { STOPWORDS } from './stopwords.ts';

/** Significant words of free text, lowercase, for keyword search (stopwords dropped, at most `max`). */
export function keywords(text: string, max = 24): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const seen = new Set<string>();
  for (const word of words) {
    const clean = word.replace(/'s$/, '').replace(/['-]+$/, '');
    if (clean.length < 2 || STOPWORDS.has(clean) || seen.has(clean)) continue;
    seen.add(clean);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** Lowercased words with a light suffix-stripping stemmer, so "hiking"/"hikes"/"hike" share a feature. */
export function stemmedWords(text: string, keepStopwords = false): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => keepStopwords || !STOPWORDS.has(w)).map(stem);
}

const SUFFIXES = [
  'ational',
  'ingly',
  'ations',
  'ation',
  'ness',
  'ing',
  'ies',
  'ied',
  'edly',
  'ed',
  'es',
  'ly',
  's',
];

export function stem(word: string): string {
  if (word.length <= 3) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') return `${base}y`;
      // "hiking" → "hik", "hike" → "hik": drop a trailing e so both forms meet.
      return base.endsWith('e') ? base.slice(0, -1) : base;
    }
  }
  return word.endsWith('e') ? word.slice(0, -1) : word;
}
