// Helpers shared by ingest and recall: the tenant token and the Lucene queries scoped by it.
import { createHash } from 'node:crypto';
import { keywords } from '../text/index.ts';

/** Hex hash of a user id: one Lucene token that scopes fulltext queries to that user's nodes. */
export function tenantOf(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 32);
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** A word as a Lucene term: its query syntax characters escaped. */
export const luceneTerm = (word: string) => word.replace(LUCENE_SPECIAL, '\\$&');

/** A tenant-scoped Lucene query matching any of the words, or null when there is nothing to search for. */
export function tenantLuceneQuery(userId: string, text: string): string | null {
  const terms = keywords(text).map(luceneTerm);
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

/** Keys per entity key query: each key is two Lucene clauses (name, alias), within Lucene's limit of 1024. */
const KEYS_PER_QUERY = 400;

/** Queries of the entity key index for any number of keys: as many as Lucene's clause limit needs. */
export function entityKeyQueries(userId: string, keys: string[]): string[] {
  const unique = [...new Set(keys.filter(Boolean))];
  const queries: string[] = [];
  for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
    const query = entityKeyLucene(userId, unique.slice(i, i + KEYS_PER_QUERY));
    if (query) queries.push(query);
  }
  return queries;
}
