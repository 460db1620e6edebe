// The in-process vector search of recall's cache: scores as Neo4j's cosine scores them (to the 16-bit components'
// rounding, below 5e-5), best rows first.
import { describe, expect, it } from 'vitest';
import { unitVector, VectorTable } from '../../src/memory/vector-cache.ts';

/** Neo4j's vector.similarity.cosine: (1 + cos) / 2. */
function neo4jCosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return (1 + dot / Math.sqrt(na * nb)) / 2;
}

const vectors: Record<string, number[]> = {
  a: [1, 0, 0, 0, 2],
  b: [0, 1, 0, 0, 0],
  c: [1, 1, 0, 0, 1],
  d: [-1, 0, 0, 0, -1],
};

/** Decimals held scores agree to: components are held as 16-bit integers (src/memory/vector-scan/vector-matrix.ts). */
const HELD = 4;

describe('VectorTable', () => {
  const table = new VectorTable(5);
  for (const [id, embedding] of Object.entries(vectors)) table.upsert({ id, embedding });
  const query = [1, 0.5, 0, 0, 1];

  it('scores every row as Neo4j does, and ranks the best above a floor first', () => {
    const unit = unitVector(query)!;
    for (const [id, v] of Object.entries(vectors))
      expect(table.scoreOf(unit, id)).toBeCloseTo(neo4jCosine(v, query), HELD);
    expect(table.nearest(unit, 2, 0)).toEqual(['c', 'a']);
    expect(table.nearest(unit, 10, 0.5)).toEqual(['c', 'a', 'b']);
    expect(table.scoreOf(unit, 'missing')).toBeNull();
  });

  it('replaces a vector written again and skips vectors of another size', () => {
    const t = new VectorTable(5);
    t.upsert({ id: 'x', embedding: [1, 0, 0, 0, 0] });
    t.upsert({ id: 'x', embedding: [0, 1, 0, 0, 0] });
    t.upsert({ id: 'y', embedding: [1, 0, 0] });
    t.upsert({ id: 'z', embedding: null });
    expect(t.size).toBe(1);
    expect(t.scoreOf(unitVector([0, 1, 0, 0, 0])!, 'x')).toBeCloseTo(1, HELD);
  });

  it('searches the rows as they are after some were added or replaced', () => {
    const t = new VectorTable(2);
    const query = unitVector([1, 1])!;
    t.upsert({ id: 'p', embedding: [1, 0] });
    t.upsert({ id: 'q', embedding: [0, 1] });
    expect(t.nearest(query, 1, 0)).toHaveLength(1);
    t.upsert({ id: 'q', embedding: [1, 1] });
    t.upsert({ id: 'r', embedding: [-1, 0] });
    expect(t.nearest(query, 3, 0)).toEqual(['q', 'p', 'r']);
    expect(t.scoreOf(query, 'q')).toBeCloseTo(1, HELD);
    expect(t.scoreOf(query, 'r')).toBeCloseTo(neo4jCosine([-1, 0], [1, 1]), HELD);
  });

  it('keeps the best rows however many there are (the bound rises as it goes)', () => {
    const t = new VectorTable(2);
    for (let i = 0; i < 1000; i++)
      t.upsert({ id: `r${i}`, embedding: [Math.cos(i / 200), Math.sin(i / 200)] });
    expect(t.nearest(unitVector([1, 0])!, 3, 0)).toEqual(['r0', 'r1', 'r2']);
  });

  it("averages an episode's neighbouring turns, two either side, within its conversation", () => {
    const t = new VectorTable(2);
    const turn = (id: string, n: number, v: number[], conversationId = 'c1') =>
      t.upsert({ id, embedding: v, conversationId, turn: n });
    turn('t1', 1, [1, 0]);
    turn('t2', 2, [0, 1]);
    turn('t3', 3, [1, 0]);
    turn('t5', 5, [-1, 0]);
    turn('o4', 4, [1, 0], 'c2');
    const query = unitVector([1, 0])!;
    // t3's neighbours: t1 (1), t2 (0.5), t5 (0); turn 4 is in another conversation.
    expect(t.neighbourScore(query, 't3')).toBeCloseTo(0.5, HELD);
    expect(t.neighbourScore(query, 'o4')).toBeNull();
  });
});
