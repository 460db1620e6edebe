// Okapi BM25 (k1 1.2, b 0.75) over raw turns: the lexical baseline every memory score is published next to.
import { tokenize } from './tokenizer.ts';

export interface EvalDoc {
  id: string;
  text: string;
}

const K1 = 1.2;
const B = 0.75;

/** An in-memory BM25 index over the eval's tokenizer. */
export class Bm25Index {
  private readonly docs: Array<{ id: string; tf: Map<string, number>; length: number }>;
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(docs: EvalDoc[]) {
    this.docs = docs.map((doc) => {
      const tf = new Map<string, number>();
      const terms = tokenize(doc.text);
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { id: doc.id, tf, length: terms.length };
    });
    this.avgLength = this.docs.reduce((n, d) => n + d.length, 0) / Math.max(1, this.docs.length);
  }

  /** The ids of the `limit` best-scoring documents for the query, best first (documents scoring 0 are left out). */
  search(query: string, limit: number): string[] {
    const terms = [...new Set(tokenize(query))];
    const n = this.docs.length;
    const idf = new Map(
      terms.map((t) => {
        const df = this.df.get(t) ?? 0;
        return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
      }),
    );
    const norm = this.avgLength || 1;
    return this.docs
      .map((doc) => {
        let score = 0;
        for (const term of terms) {
          const f = doc.tf.get(term);
          if (!f) continue;
          score += (idf.get(term)! * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / norm));
        }
        return { id: doc.id, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.id);
  }
}
