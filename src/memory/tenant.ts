// Helpers shared by ingest and recall: the tenant token, name normalisation and Lucene escaping.
import { createHash } from 'node:crypto';

/** Hex hash of a user id: one Lucene token that scopes fulltext queries to that user's nodes. */
export function tenantOf(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 32);
}

/** The key entities are deduplicated on: lowercase, accents and punctuation removed, spaces collapsed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const STOPWORDS = new Set(
  'a an and are as at be but by did do does for from had has have he her his how i in is it its me my of on or our she so that the their them they this to was we were what when where which who why will with you your'.split(
    ' ',
  ),
);

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

/** A tenant-scoped Lucene query matching any of the words, or null when there is nothing to search for. */
export function tenantLuceneQuery(userId: string, text: string): string | null {
  const terms = keywords(text).map((w) => w.replace(LUCENE_SPECIAL, '\\$&'));
  if (terms.length === 0) return null;
  return `tenant:${tenantOf(userId)} AND (${terms.join(' OR ')})`;
}

/**
 * A query of the entity key index (keyword analyzer, whole values) for the user's entities whose normalised name
 * or an alias key is one of `keys`; null without keys.
 */
export function entityKeyLucene(userId: string, keys: string[]): string | null {
  const quoted = [...new Set(keys.filter(Boolean))]
    .map((k) => `"${k.replace(/["\\]/g, '\\$&')}"`)
    .join(' OR ');
  if (!quoted) return null;
  return `tenant:"${tenantOf(userId)}" AND (normName:(${quoted}) OR aliasKeys:(${quoted}))`;
}
