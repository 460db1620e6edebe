// The tenant token and the Lucene queries built from user text (memory/tenant.ts): no database.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entityKeyLucene, tenantLuceneQuery, tenantOf } from '../../src/memory/tenant.ts';

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

describe('tenant-scoped fulltext query', () => {
  const tenant = tenantOf('u1');

  it("ORs the text's keywords within the user's tenant", () => {
    expect(tenantLuceneQuery('u1', 'Where does Sam climb?')).toBe(`tenant:${tenant} AND (sam OR climb)`);
  });

  it('escapes Lucene operators inside words, so user text cannot change the query', () => {
    // Only hyphens survive keyword splitting among the specials; each is escaped.
    expect(tenantLuceneQuery('u1', 'state-of-the-art AND (x OR tenant:bob)*')).toBe(
      `tenant:${tenant} AND (state\\-of\\-the\\-art OR tenant OR bob)`,
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
