// The activation formula as Cypher (memory/activation/activation.ts), which recall, reinforcement and the forgetting
// pass all embed: snapshots, no database.
import { describe, expect, it } from 'vitest';
import { activationCypher, isUseLog } from '../../src/memory/activation/activation.ts';

describe('activation in Cypher', () => {
  it('tests a use log for a list of numbers of one type', () => {
    expect(isUseLog('f.accessLog')).toMatchInlineSnapshot(
      `"(f.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR f.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL)"`,
    );
  });

  it('sums the decayed uses of the alias, pinned memories at the top, with $nowMs by default', () => {
    expect(activationCypher('f')).toMatchInlineSnapshot(`
      "CASE WHEN f.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (f.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR f.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(f.accessLog) > 0
          THEN f.accessLog ELSE [coalesce(CASE WHEN f.createdAt IS :: ZONED DATETIME THEN f.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END"
    `);
  });

  it('takes the current time from another parameter when asked', () => {
    const cypher = activationCypher('e', '$at');
    expect(cypher).not.toContain('$nowMs');
    expect(cypher).toBe(activationCypher('e').replaceAll('$nowMs', '$at'));
  });
});
