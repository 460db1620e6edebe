// The Cypher predicate deciding what recall may return (memory/recall/visibility.ts), built per kind and alias.
import { describe, expect, it } from 'vitest';
import { visibleCypher } from '../../src/memory/recall/visibility.ts';

describe('recall visibility predicate', () => {
  it('episodes: those that had happened by $asOf, archived or not', () => {
    expect(visibleCypher('EPISODE', 'ep')).toMatchInlineSnapshot(
      `"($asOf IS NULL OR ep.occurredAt <= datetime($asOf))"`,
    );
  });

  it('entities: not archived', () => {
    expect(visibleCypher('ENTITY', 'nb')).toMatchInlineSnapshot(`"NOT coalesce(nb.archived, false)"`);
  });

  it('facts: not archived, and valid now (or, with $asOf, valid then)', () => {
    expect(visibleCypher('FACT', 'f')).toMatchInlineSnapshot(`
      "NOT coalesce(f.archived, false) AND CASE WHEN $asOf IS NULL
          THEN f.invalidatedAt IS NULL AND (f.validTo IS NULL OR f.validTo > datetime($now))
          ELSE coalesce(f.validFrom, f.createdAt) <= datetime($asOf)
            AND datetime($asOf) < coalesce(f.validTo, f.invalidatedAt, datetime('9999-12-31T00:00:00Z')) END"
    `);
  });

  it('names only the given alias and only the $now and $asOf parameters', () => {
    for (const kind of ['FACT', 'ENTITY', 'EPISODE'] as const) {
      const cypher = visibleCypher(kind, 'x1');
      expect(cypher.match(/\b[a-z]\w*(?=\.)/g)?.every((alias) => alias === 'x1')).toBe(true);
      expect(new Set(cypher.match(/\$\w+/g))).toEqual(
        new Set(kind === 'ENTITY' ? [] : kind === 'EPISODE' ? ['$asOf'] : ['$now', '$asOf']),
      );
      expect(visibleCypher(kind)).toBe(cypher.replaceAll('x1.', 'n.'));
    }
  });
});
