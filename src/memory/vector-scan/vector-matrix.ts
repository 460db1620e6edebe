// A growable matrix of unit vectors scored against a query in one scan. Components are held as 16-bit integers
// (times 32767, rounded): half the memory of 32-bit floats, and half the bytes a scan reads, which bounds its speed;
// a score moves by at most about 3e-5. The scan is WebAssembly SIMD (vector-scan.wat) and runs over the memory the matrix
// lives in, so only the query goes in and the scores come out. Where WebAssembly SIMD is missing, the same scan
// runs in JavaScript.
import { VECTOR_SCAN_WASM } from './vector-scan-kernel.ts';

/** Components one step of the kernel reads: rows and the query are padded with zeros to a multiple. */
const STEP = 16;
/** A unit vector's component of 1 as a 16-bit integer. */
const ONE = 32767;
/** Undoes ONE in the row and in the query. */
const SCALE = 1 / (ONE * ONE);
const WASM_PAGE_BYTES = 65536;
/**
 * Rows from which the matrix moves into WebAssembly memory. Smaller ones stay a plain array: their scan takes a
 * fraction of a millisecond either way, and that memory comes in 64 KB pages (a user with ten facts would hold
 * three of them).
 */
const SIMD_MIN_ROWS = 512;

type Scan = (
  query: number,
  matrix: number,
  out: number,
  rows: number,
  rowBytes: number,
  scale: number,
) => void;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled kernel, or null where this runtime cannot run it. */
function scanModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    const bytes = Buffer.from(VECTOR_SCAN_WASM, 'base64');
    compiled = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

/** Rounds up to a multiple of STEP. */
const padded = (n: number) => Math.ceil(n / STEP) * STEP;

/**
 * The query (one padded row of integers), then the rows. In WebAssembly memory the scores (a float a row of
 * capacity) lie between them, each region at a multiple of 32 bytes; a plain matrix keeps its scores apart.
 */
export class VectorMatrix {
  /** Components a row takes, padding included. */
  readonly stride: number;
  private capacity = 0;
  /** The query and the rows (in WebAssembly memory, with the scores between them). */
  private ints = new Int16Array(0);
  private scan: Scan | null = null;
  /** Where the scan writes its scores: WebAssembly memory's scores area, or an array of its own. */
  private scores = new Float32Array(0);
  /** Where the rows start, in components. */
  private rowsAt = 0;

  constructor(
    readonly dimensions: number,
    capacity = 64,
    private readonly kernel: WebAssembly.Module | null = scanModule(),
  ) {
    this.stride = padded(dimensions);
    this.reserve(capacity);
  }

  /** Bytes held (the matrix, the query and the scores, with the room reserved for growth). */
  get byteLength(): number {
    return this.scan ? this.ints.buffer.byteLength : this.ints.byteLength + this.scores.byteLength;
  }

  /** Makes room for `rows` rows (doubling), keeping those held. */
  reserve(rows: number): void {
    if (rows <= this.capacity) return;
    let capacity = Math.max(this.capacity, 64);
    while (capacity < rows) capacity *= 2;
    const before = this.ints.subarray(this.rowsAt, this.rowsAt + this.capacity * this.stride);
    this.capacity = capacity;
    if (this.kernel && capacity >= SIMD_MIN_ROWS) {
      // Bytes: the query, then the scores (capacity is a power of two of at least 64: a multiple of 32 bytes).
      const scoresAt = this.stride * 2;
      const rowsAtBytes = scoresAt + capacity * 4;
      const memory = new WebAssembly.Memory({
        initial: Math.ceil((rowsAtBytes + capacity * this.stride * 2) / WASM_PAGE_BYTES),
      });
      const instance = new WebAssembly.Instance(this.kernel, { env: { memory } });
      this.scan = instance.exports.scan as Scan;
      this.ints = new Int16Array(memory.buffer);
      this.scores = new Float32Array(memory.buffer, scoresAt, capacity);
      this.rowsAt = rowsAtBytes / 2;
    } else {
      this.scan = null;
      this.rowsAt = this.stride;
      this.ints = new Int16Array((1 + capacity) * this.stride);
      this.scores = new Float32Array(capacity);
    }
    this.ints.set(before, this.rowsAt);
  }

  /** Writes row `r` as `values` times `scale`, a unit vector (its padding stays zero). */
  set(r: number, values: ArrayLike<number>, scale: number): void {
    const offset = this.rowsAt + r * this.stride;
    for (let j = 0; j < this.dimensions; j++) this.ints[offset + j] = Math.round(values[j]! * scale * ONE);
  }

  /** Row `r`'s score against a unit query: (1 + cos) / 2, as Neo4j's vector index and functions score. */
  score(r: number, query: Float32Array): number {
    const m = this.ints;
    const o = this.rowsAt + r * this.stride;
    const d = this.dimensions;
    const d4 = d - (d % 4);
    // Four products a step: V8 keeps the sums in registers (2.5× faster than one at a time).
    let a = 0;
    let b = 0;
    let c = 0;
    let e = 0;
    let j = 0;
    for (; j < d4; j += 4) {
      a += m[o + j]! * query[j]!;
      b += m[o + j + 1]! * query[j + 1]!;
      c += m[o + j + 2]! * query[j + 2]!;
      e += m[o + j + 3]! * query[j + 3]!;
    }
    for (; j < d; j++) a += m[o + j]! * query[j]!;
    return (1 + (a + b + c + e) / ONE) / 2;
  }

  /**
   * The first `rows` rows' scores against a unit query, in the matrix's own scores area (no allocation): the next
   * scan overwrites it, so read it before anything else scans this matrix.
   */
  scoreAll(query: Float32Array, rows: number): Float32Array {
    const out = this.scores.subarray(0, rows);
    const m = this.ints;
    for (let j = 0; j < this.dimensions; j++) m[j] = Math.round(query[j]! * ONE);
    if (this.scan) {
      this.scan(0, this.rowsAt * 2, this.scores.byteOffset, rows, this.stride * 2, SCALE);
      return out;
    }
    // The kernel's sums in plain JavaScript (integer products are exact in doubles), so both scans agree.
    for (let r = 0; r < rows; r++) {
      const o = this.rowsAt + r * this.stride;
      let dot = 0;
      for (let j = 0; j < this.dimensions; j++) dot += m[o + j]! * m[j]!;
      out[r] = (1 + dot * SCALE) / 2;
    }
    return out;
  }
}
