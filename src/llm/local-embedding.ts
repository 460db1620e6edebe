// Deterministic local embeddings (feature hashing) for the offline provider and the test fake server.
import { stemmedWords } from '../text/index.ts';

function fnv1a(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addFeature(vector: number[], feature: string, weight: number): void {
  const index = fnv1a(feature, 0) % vector.length;
  // Signed hashing: collisions cancel out on average instead of piling up.
  const sign = fnv1a(feature, 0x9e3779b9) & 1 ? 1 : -1;
  vector[index] = (vector[index] ?? 0) + sign * weight;
}

/** Unit-length vector of `dimensions` built from stemmed word unigrams plus character trigrams. */
export function localEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = stemmedWords(text);
  for (const word of words) {
    addFeature(vector, `w:${word}`, 1);
    const padded = `#${word}#`;
    for (let i = 0; i + 3 <= padded.length; i++) addFeature(vector, `c:${padded.slice(i, i + 3)}`, 0.35);
  }
  if (words.length === 0) addFeature(vector, `empty:${text.trim().toLowerCase()}`, 1);
  return normalize(vector);
}

/** Scales a vector to unit length (zero vectors are returned unchanged). */
export function normalize(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  return norm === 0 ? vector : vector.map((x) => x / norm);
}

/** Cosine similarity of two vectors of equal length. */
export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    na += (a[i] ?? 0) ** 2;
    nb += (b[i] ?? 0) ** 2;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
