// The model interface the memory engine talks to; one file per implementation (openai.ts, offline.ts).

import type { Answer, AnswerRequest } from '../prompts/answer-question.ts';
import type { Extraction, ExtractionRequest } from '../prompts/extract-memory.ts';

/** Tokens and calls spent, reported to callers in every LlmUsage. */
export interface LlmUsage {
  provider: string;
  model: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

export interface LlmProvider {
  /** 'openai' or 'offline' (the offline provider says so in every usage record). */
  readonly name: string;
  readonly chatModel: string;
  readonly embeddingModel: string;
  readonly embeddingDimensions: number;

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
  return {
    provider: a.provider,
    model: a.calls === 0 ? b.model : a.model,
    calls: a.calls + b.calls,
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
}
