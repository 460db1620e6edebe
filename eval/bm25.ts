// Okapi BM25 over raw turns: the baseline every memory score is published next to.
import { stemmedWords } from '../src/llm/local-embedding.ts';

export interface Bm25Doc {
  id: string;
  text: string;
}

const K1 = 1.2;
const B = 0.75;

/** An in-memory BM25 index (stemmed words, stopwords dropped, the same tokenizer the offline embedder uses). */
export class Bm25Index {
  private readonly docs: Array<{ id: string; tf: Map<string, number>; length: number }>;
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(docs: Bm25Doc[]) {
    this.docs = docs.map((doc) => {
      const tf = new Map<string, number>();
      const words = stemmedWords(doc.text);
      for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      return { id: doc.id, tf, length: words.length };
    });
    this.avgLength = this.docs.reduce((n, d) => n + d.length, 0) / Math.max(1, this.docs.length);
  }

  /** The ids of the `limit` best-scoring documents for the query (documents scoring 0 are left out). */
  search(query: string, limit: number): string[] {
    const terms = [...new Set(stemmedWords(query))];
    const n = this.docs.length;
    const scored = this.docs.map((doc) => {
      let score = 0;
      for (const term of terms) {
        const f = doc.tf.get(term);
        if (!f) continue;
        const df = this.df.get(term) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / (this.avgLength || 1)));
      }
      return { id: doc.id, score };
    });
    return scored
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.id);
  }
}
