// OfflineProvider: no chat model at all: rule-based extraction and extractive answers (and, used alone, hashed
// embeddings; create-provider.ts pairs it with the local embedding model by default).
import type { Config } from '../config/index.ts';
import { type Answer, type AnswerRequest, buildAnswerMessages } from '../prompts/answer-question.ts';
import {
  buildExtractionMessages,
  type Extraction,
  type ExtractionRequest,
} from '../prompts/extract-memory.ts';
import { HASH_EMBEDDING_MODEL, HashEmbedder } from './hash-embedder.ts';
import { answerOffline } from './offline-answer.ts';
import { extractOffline } from './offline-extract.ts';
import type { ChatModel, LlmProvider, LlmUsage } from './provider.ts';

// Estimated the way a model would bill the same prompt, so cost reports stay comparable.
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export class OfflineProvider implements LlmProvider, ChatModel {
  readonly name = 'offline';
  readonly chatModel = 'offline-nlp';
  readonly embeddingModel = HASH_EMBEDDING_MODEL;
  readonly embeddingDimensions: number;
  private readonly embedder: HashEmbedder;

  constructor(config: Pick<Config, 'EMBEDDING_DIMENSIONS'>) {
    this.embeddingDimensions = config.EMBEDDING_DIMENSIONS;
    this.embedder = new HashEmbedder(config.EMBEDDING_DIMENSIONS, this.name);
  }

  async extract(request: ExtractionRequest): Promise<{ extraction: Extraction; usage: LlmUsage }> {
    const extraction = extractOffline(request);
    const prompt = JSON.stringify(buildExtractionMessages(request));
    return { extraction, usage: this.usage(this.chatModel, prompt, JSON.stringify(extraction)) };
  }

  embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    return this.embedder.embed(texts);
  }

  async answer(request: AnswerRequest): Promise<{ answer: Answer; usage: LlmUsage }> {
    const answer = answerOffline(request);
    const prompt = JSON.stringify(buildAnswerMessages(request));
    return { answer, usage: this.usage(this.chatModel, prompt, JSON.stringify(answer)) };
  }

  private usage(model: string, prompt: string, completion: string): LlmUsage {
    return {
      provider: this.name,
      model,
      calls: 1,
      promptTokens: estimateTokens(prompt),
      completionTokens: estimateTokens(completion),
    };
  }
}
