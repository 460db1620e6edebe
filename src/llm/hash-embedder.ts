// Feature-hashing embedder: no model at all. For unit tests and the last-resort fallback when Java is missing.
import { localEmbedding } from './local-embedding.ts';
import type { Embedder, LlmUsage } from './provider.ts';

export const HASH_EMBEDDING_MODEL = 'offline-hash-embeddings';

// Estimated the way a model would bill the same text, so cost reports stay comparable.
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export class HashEmbedder implements Embedder {
  readonly name = 'hash';
  readonly model = HASH_EMBEDDING_MODEL;

  constructor(
    readonly dimensions: number,
    /** The provider name usage records carry ('offline' when the offline provider embeds with it). */
    private readonly usageProvider = 'hash',
  ) {}

  async embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    const vectors = texts.map((text) => localEmbedding(text, this.dimensions));
    const usage: LlmUsage = {
      provider: this.usageProvider,
      model: this.model,
      calls: texts.length === 0 ? 0 : 1,
      promptTokens: estimateTokens(texts.join('')),
      completionTokens: 0,
    };
    return { vectors, usage };
  }
}
