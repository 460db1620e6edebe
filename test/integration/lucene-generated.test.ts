// Generated input against the Lucene query builders: whatever text a user sends, the query they build is one the real
// fulltext indexes accept, and it stays within the user's tenant.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { entityKeyLucene, tenantLuceneQuery, tenantOf } from '../../src/memory/tenant.ts';
import { createDriver, IndexNames } from '../../src/neo4j/index.ts';
import { normalizeName } from '../../src/text/index.ts';
import { testNeo4jUri } from '../support/test-server.ts';

const driver = createDriver({ uri: testNeo4jUri() });
afterAll(() => driver.close());

/** Text built from Lucene's own syntax, quotes, escapes, control characters and every Unicode plane. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ AND OR NOT TO tenant: \u0000\u001b\n\t\u2028\uFEFF'),
    maxLength: 80,
  }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  // A giant token: one word longer than Lucene's maximum term length.
  fc.integer({ min: 1, max: 40_000 }).map((n) => 'x'.repeat(n)),
);

async function search(index: string, query: string) {
  const { records } = await driver.executeQuery(
    'CALL db.index.fulltext.queryNodes($index, $query, {limit: 3}) YIELD node RETURN node.tenant AS tenant',
    { index, query },
  );
  return records.map((r) => r.get('tenant') as string | null);
}

describe('Lucene queries built from generated text', () => {
  it('tenantLuceneQuery: accepted by the English-analysed indexes, and scoped to one tenant', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), hostileText, async (userId, text) => {
        const query = tenantLuceneQuery(userId, text);
        if (query === null) return;
        for (const index of [IndexNames.episodeFulltext, IndexNames.factFulltext, IndexNames.entityFulltext])
          for (const tenant of await search(index, query)) expect(tenant).toBe(tenantOf(userId));
      }),
      { numRuns: 150 },
    );
  });

  it('entityKeyLucene: accepted by the keyword index for any normalised name or alias', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (names) => {
        const keys = names.map(normalizeName);
        const query = entityKeyLucene('generated-user', [...keys, ...names]);
        if (query === null) return;
        for (const tenant of await search(IndexNames.entityKeys, query))
          expect(tenant).toBe(tenantOf('generated-user'));
      }),
      { numRuns: 150 },
    );
  });
});
