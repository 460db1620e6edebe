// Dense-only baseline: cosine over the raw turns, embedded by the same embedder the memory system uses.
import type { LlmProvider } from '../src/llm/index.ts';
import type { EvalDoc } from './bm25.ts';

/** Texts per embeddings call when indexing turns. */
export const EMBED_BATCH = 64;

export interface EmbedUsage {
  calls: number;
  tokens: number;
}

/** Cosine search over embedded turns; build it with `DenseIndex.build`. */
export class DenseIndex {
  private constructor(
    private readonly llm: LlmProvider,
    private readonly docs: Array<{ id: string; vector: number[] }>,
    readonly usage: EmbedUsage,
  ) {}

  /** Embeds every document in batches of EMBED_BATCH (one embeddings call each). */
  static async build(llm: LlmProvider, docs: EvalDoc[]): Promise<DenseIndex> {
    const embedded: Array<{ id: string; vector: number[] }> = [];
    const usage: EmbedUsage = { calls: 0, tokens: 0 };
    for (let i = 0; i < docs.length; i += EMBED_BATCH) {
      const batch = docs.slice(i, i + EMBED_BATCH);
      const { vectors, usage: u } = await llm.embed(batch.map((d) => d.text));
      usage.calls += u.calls;
      usage.tokens += u.promptTokens;
      batch.forEach((doc, j) => {
        embedded.push({ id: doc.id, vector: vectors[j] ?? [] });
      });
    }
    return new DenseIndex(llm, embedded, usage);
  }

  /** The ids of the `limit` documents closest to the query, best first (one embeddings call). */
  async search(query: string, limit: number): Promise<string[]> {
    const { vectors, usage } = await this.llm.embed([query]);
    this.usage.calls += usage.calls;
    this.usage.tokens += usage.promptTokens;
    const q = vectors[0] ?? [];
    return this.docs
      .map((doc) => ({ id: doc.id, score: cosine(q, doc.vector) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.id);
  }
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
