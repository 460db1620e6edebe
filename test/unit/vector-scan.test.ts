// The SIMD scan of held vectors: the same scores as the plain loop, at any size and across growth, and the
// committed kernel is the one its source compiles to. Components are 16-bit integers: a score is within 5e-5 of
// the exact cosine.
import { describe, expect, it } from 'vitest';
import { compiledVectorScan } from '../../scripts/build-vector-scan.ts';
import { VectorMatrix } from '../../src/memory/vector-scan/vector-matrix.ts';
import { VECTOR_SCAN_WASM } from '../../src/memory/vector-scan/vector-scan-kernel.ts';

/** A pseudo-random unit vector (a fixed sequence, so a failure repeats). */
function unit(seed: number, dimensions: number): Float32Array {
  const v = new Float32Array(dimensions);
  let x = seed * 2654435761;
  for (let j = 0; j < dimensions; j++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    v[j] = x / 2147483648 - 0.5;
  }
  const norm = Math.hypot(...v);
  return v.map((y) => y / norm);
}

describe('VectorMatrix', () => {
  it('scores every row as the plain loop does, for sizes that are not a multiple of the step, across growth', () => {
    for (const dimensions of [3, 8, 13, 384]) {
      const simd = new VectorMatrix(dimensions, 4);
      const plain = new VectorMatrix(dimensions, 4, null);
      // Past the size at which the matrix moves into WebAssembly memory, so both scans are compared.
      const rows = 2000;
      for (let r = 0; r < rows; r++) {
        simd.reserve(r + 1);
        plain.reserve(r + 1);
        simd.set(r, unit(r + 1, dimensions), 1);
        plain.set(r, unit(r + 1, dimensions), 1);
      }
      const query = unit(9999, dimensions);
      const fast = simd.scoreAll(query, rows);
      const slow = plain.scoreAll(query, rows);
      expect(fast.length).toBe(rows);
      for (let r = 0; r < rows; r++) {
        // The same integers: the SIMD scan and the plain loop agree to float rounding.
        expect(fast[r]).toBeCloseTo(slow[r]!, 6);
        // score() takes the query unrounded: within the 16-bit rounding of the query's components.
        expect(fast[r]).toBeCloseTo(simd.score(r, query), 4);
      }
      // A row against itself scores 1; a row written again scores as its new vector.
      expect(simd.scoreAll(unit(7, dimensions), rows)[6]).toBeCloseTo(1, 4);
      simd.set(6, unit(8, dimensions), 1);
      expect(simd.scoreAll(unit(8, dimensions), rows)[6]).toBeCloseTo(1, 4);
    }
  });

  it('runs the compiled kernel here, and the committed kernel is the compiled source', async () => {
    expect(WebAssembly.validate(Buffer.from(VECTOR_SCAN_WASM, 'base64'))).toBe(true);
    expect(await compiledVectorScan()).toBe(VECTOR_SCAN_WASM);
  });
});
