// The tenant token, name keys and the Lucene queries built from user text (memory/tenant.ts): no database.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  entityKeyLucene,
  keywords,
  normalizeName,
  tenantLuceneQuery,
  tenantOf,
} from '../../src/memory/tenant.ts';

describe('tenant token', () => {
  it('is one 32-character hex token per user id, the same every time', () => {
    const token = tenantOf('alice');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(token).toBe(createHash('sha256').update('alice').digest('hex').slice(0, 32));
    expect(tenantOf('alice')).toBe(token);
  });

  it('differs between users, whatever characters their ids hold', () => {
    const ids = ['alice', 'Alice', 'alice ', 'a:b', 'tenant:x OR *', ''];
    expect(new Set(ids.map(tenantOf)).size).toBe(ids.length);
    for (const id of ids) expect(tenantOf(id)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('name keys', () => {
  it('drop case, accents, a leading article and punctuation', () => {
    expect(normalizeName('The Café  Müller!')).toBe('cafe muller');
    expect(normalizeName('An A.C. Milan fan')).toBe('a c milan fan');
    expect(normalizeName("O'Brien-Smith")).toBe('o brien smith');
    expect(normalizeName('Anna')).toBe('anna');
  });
});

describe('keywords of free text', () => {
  it('keeps significant words once, lowercase, in order', () => {
    expect(keywords("What is Alice's favourite hiking trail? Alice loves hiking!")).toEqual([
      'alice',
      'favourite',
      'hiking',
      'trail',
      'loves',
    ]);
  });

  it('keeps hyphenated and numeric words and letters of other scripts, drops one-letter words', () => {
    expect(keywords('A well-known café in 2024, x y — Zürich 東京')).toEqual([
      'well-known',
      'café',
      '2024',
      'zürich',
      '東京',
    ]);
  });

  it('stops at `max` words', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(keywords(text)).toHaveLength(24);
    expect(keywords(text, 3)).toEqual(['word0', 'word1', 'word2']);
  });

  it('finds nothing in stopwords and punctuation', () => {
    expect(keywords('what is it? --- !!')).toEqual([]);
  });
});

describe('tenant-scoped fulltext query', () => {
  const tenant = tenantOf('u1');

  it("ORs the text's keywords within the user's tenant", () => {
    expect(tenantLuceneQuery('u1', 'Where does Sam climb?')).toBe(`tenant:${tenant} AND (sam OR climb)`);
  });

  it('escapes Lucene operators inside words, so user text cannot change the query', () => {
    // Only hyphens survive keyword splitting among the specials; each is escaped.
    expect(tenantLuceneQuery('u1', 'state-of-the-art AND (x OR tenant:other)*')).toBe(
      `tenant:${tenant} AND (state\\-of\\-the\\-art OR tenant OR other)`,
    );
  });

  it('is null when the text has nothing to search for', () => {
    expect(tenantLuceneQuery('u1', 'Is it?')).toBeNull();
    expect(tenantLuceneQuery('u1', '')).toBeNull();
  });
});

describe('entity key query', () => {
  const tenant = tenantOf('u1');

  it("matches whole name keys or alias keys among the user's entities, each key once", () => {
    expect(entityKeyLucene('u1', ['sam', 'berlin', 'sam', ''])).toBe(
      `tenant:"${tenant}" AND (normName:("sam" OR "berlin") OR aliasKeys:("sam" OR "berlin"))`,
    );
  });

  it('escapes quotes and backslashes inside a key and leaves other specials quoted', () => {
    expect(entityKeyLucene('u1', ['say "hi"', 'a\\b', 'x OR y*'])).toBe(
      `tenant:"${tenant}" AND (normName:("say \\"hi\\"" OR "a\\\\b" OR "x OR y*") OR aliasKeys:("say \\"hi\\"" OR "a\\\\b" OR "x OR y*"))`,
    );
  });

  it('is null without keys', () => {
    expect(entityKeyLucene('u1', [])).toBeNull();
    expect(entityKeyLucene('u1', ['', ''])).toBeNull();
  });
});
