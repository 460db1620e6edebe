// Embeddings from any OpenAI-compatible server through the official SDK: OpenAI, Ollama, or the local service.
import type OpenAI from 'openai';
import { LlmBadOutputError } from '../errors/index.ts';
import { normalize } from './local-embedding.ts';
import { openAiClient, unavailable } from './openai-client.ts';
import { type Embedder, emptyUsage, type LlmUsage } from './provider.ts';

export interface OpenAiEmbedderOptions {
  /** The provider name usage records carry: 'openai' or 'local'. */
  name: string;
  model: string;
  dimensions: number;
  /** Sends `dimensions` with each request (text-embedding-3 shortens vectors; fixed-size models reject it). */
  requestDimensions: boolean;
  baseURL?: string;
  apiKey: string;
  timeoutMs: number;
  maxRetries: number;
}

export class OpenAiEmbedder implements Embedder {
  readonly name: string;
  readonly model: string;
  readonly dimensions: number;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiEmbedderOptions) {
    this.name = options.name;
    this.model = options.model;
    this.dimensions = options.dimensions;
    this.client = openAiClient(options);
  }

  async embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    const usage = emptyUsage(this.name, this.model);
    if (texts.length === 0) return { vectors: [], usage };
    let response: OpenAI.CreateEmbeddingResponse;
    try {
      response = await this.client.embeddings.create({
        model: this.model,
        input: texts,
        ...(this.options.requestDimensions ? { dimensions: this.dimensions } : {}),
      });
    } catch (error) {
      throw unavailable(error);
    }
    const byIndex = [...response.data].sort((a, b) => a.index - b.index);
    if (byIndex.length !== texts.length || byIndex.some((d) => d.embedding.length !== this.dimensions)) {
      throw new LlmBadOutputError(`expected ${texts.length} embeddings of ${this.dimensions} dimensions`);
    }
    usage.calls = 1;
    usage.promptTokens = response.usage?.prompt_tokens ?? 0;
    return { vectors: byIndex.map((d) => normalize(d.embedding)), usage };
  }
}
