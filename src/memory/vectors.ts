// Guards on model vectors before they reach Neo4j, whose vector functions reject a wrong size or a zero vector.
import { LlmBadOutputError } from '../errors/index.ts';

/** The vectors for `count` texts, each of `dimensions` numbers; a zero vector (no signal) becomes []. */
export function checkedVectors(vectors: number[][], count: number, dimensions: number): number[][] {
  if (vectors.length !== count)
    throw new LlmBadOutputError(`expected ${count} embeddings, got ${vectors.length}`);
  return vectors.map((vector) => {
    if (vector.length !== dimensions)
      throw new LlmBadOutputError(`expected embeddings of ${dimensions} dimensions, got ${vector.length}`);
    return vector.some((x) => x !== 0) ? vector : [];
  });
}
