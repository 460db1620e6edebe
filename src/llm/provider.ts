// The model interface the memory engine talks to: a chat model and an embedder, each chosen on its own
// (create-provider.ts); one file per implementation.

import type { Answer, AnswerRequest } from '../prompts/answer-question.ts';
import type { Extraction, ExtractionRequest } from '../prompts/extract-memory.ts';

/** Tokens and calls spent, reported to callers in every LlmUsage. */
export interface LlmUsage {
  /** The chat provider ('openai' or 'offline'), as before chat and embeddings were chosen apart. */
  provider: string;
  model: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Both sides in use, stamped by the composed provider (absent on a bare chat model or embedder). */
  chatProvider?: string;
  chatModel?: string;
  embeddingProvider?: string;
  embeddingModel?: string;
}

/** Turns texts into vectors: one embeddings call per batch, in order, each of `dimensions`, unit length. */
export interface Embedder {
  /** 'openai', 'local' or 'hash'. */
  readonly name: string;
  readonly model: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }>;
  /** Starts what the embedder needs (the local service); embed() starts it on first use otherwise. */
  start?(): Promise<void>;
  close?(): Promise<void>;
}

/** Extraction and answering. */
export interface ChatModel {
  /** 'openai' or 'offline'. */
  readonly name: string;
  readonly chatModel: string;
  extract(request: ExtractionRequest): Promise<{ extraction: Extraction; usage: LlmUsage }>;
  answer(request: AnswerRequest): Promise<{ answer: Answer; usage: LlmUsage }>;
}

export interface LlmProvider {
  /** The chat provider, 'openai' or 'offline' (the offline provider says so in every usage record). */
  readonly name: string;
  readonly chatModel: string;
  readonly embeddingModel: string;
  readonly embeddingDimensions: number;
  /** Which embedder is in use: 'openai', 'local' or 'hash' (absent on a single-provider class used alone). */
  readonly embeddingProvider?: string;
  /** Starts the embedding side ahead of the first request (the local service takes seconds). */
  start?(): Promise<void>;
  /** Stops what start() started. */
  close?(): Promise<void>;

  /**
   * ONE chat completion for one or more episodes: entities, facts and invalidations, given the
   * user's existing memory related to them. Throws LlmUnavailableError / LlmBadOutputError.
   */
  extract(request: ExtractionRequest): Promise<{ extraction: Extraction; usage: LlmUsage }>;

  /** ONE embeddings call for all texts (same order, each of embeddingDimensions, unit length). */
  embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }>;

  /** ONE chat completion answering from the given context only. */
  answer(request: AnswerRequest): Promise<{ answer: Answer; usage: LlmUsage }>;
}

export function emptyUsage(provider: string, model: string): LlmUsage {
  return { provider, model, calls: 0, promptTokens: 0, completionTokens: 0 };
}

export function addUsage(a: LlmUsage, b: LlmUsage): LlmUsage {
  const sum: LlmUsage = {
    provider: a.provider,
    model: a.calls === 0 ? b.model : a.model,
    calls: a.calls + b.calls,
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
  for (const key of ['chatProvider', 'chatModel', 'embeddingProvider', 'embeddingModel'] as const) {
    const value = a[key] ?? b[key];
    if (value !== undefined) sum[key] = value;
  }
  return sum;
}
