// The forgetting pass's batch statements (memory/forgetting-pass/queries.ts), assembled from the activation formula,
// the deletion and archiving rules and the projections: one snapshot file per statement, no database.
import { describe, expect, it } from 'vitest';
import { FORGET_APPLY, FORGET_DRY_RUN } from '../../src/memory/forgetting-pass/queries.ts';

const KINDS = ['episode', 'fact', 'entity'] as const;
const SCOPES = ['user', 'all'] as const;
const MODES = { 'dry-run': FORGET_DRY_RUN, apply: FORGET_APPLY } as const;

const parameters = (cypher: string) => [...new Set(cypher.match(/\$\w+/g))].sort();

describe('forgetting pass statements', () => {
  for (const [mode, queries] of Object.entries(MODES)) {
    for (const kind of KINDS) {
      for (const scope of SCOPES) {
        it(`${mode}, ${kind}, ${scope}`, async () => {
          await expect(queries[kind][scope]).toMatchFileSnapshot(
            `./__snapshots__/forgetting-pass/${mode}-${kind}-${scope}.cypher`,
          );
        });
      }
    }
  }

  it('a dry run writes nothing', () => {
    for (const kind of KINDS)
      for (const scope of SCOPES)
        expect(FORGET_DRY_RUN[kind][scope]).not.toMatch(/\b(SET|DELETE|REMOVE|MERGE|CREATE)\b/);
  });

  it("pages one user's nodes through the index, or everyone's by id, with the same parameters otherwise", () => {
    for (const queries of Object.values(MODES))
      for (const kind of KINDS) {
        const { user, all } = queries[kind];
        expect(user).toContain('USING INDEX');
        expect(all).not.toContain('USING INDEX');
        expect(parameters(user)).toEqual([...parameters(all), '$userId'].sort());
      }
  });

  it('decides with the documented parameters only', () => {
    const allowed = [
      '$after',
      '$archiveBelow',
      '$batchSize',
      '$cutoffMs',
      '$deleteBelow',
      '$nowMs',
      '$userId',
    ];
    for (const queries of Object.values(MODES))
      for (const kind of KINDS)
        for (const scope of SCOPES)
          expect(allowed).toEqual(expect.arrayContaining(parameters(queries[kind][scope])));
  });
});
