// OfflineProvider: no model at all (no OPENAI_API_KEY): rule-based extraction, hashed embeddings, extractive answers.
import type { Config } from '../config/index.ts';
import { type Answer, type AnswerRequest, buildAnswerMessages } from '../prompts/answer-question.ts';
import {
  buildExtractionMessages,
  type Extraction,
  type ExtractionRequest,
} from '../prompts/extract-memory.ts';
import { localEmbedding } from './local-embedding.ts';
import { answerOffline } from './offline-answer.ts';
import { extractOffline } from './offline-extract.ts';
import type { LlmProvider, LlmUsage } from './provider.ts';

// Estimated the way a model would bill the same prompt, so cost reports stay comparable.
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export class OfflineProvider implements LlmProvider {
  readonly name = 'offline';
  readonly chatModel = 'offline-nlp';
  readonly embeddingModel = 'offline-hash-embeddings';
  readonly embeddingDimensions: number;

  constructor(config: Pick<Config, 'EMBEDDING_DIMENSIONS'>) {
    this.embeddingDimensions = config.EMBEDDING_DIMENSIONS;
  }

  async extract(request: ExtractionRequest): Promise<{ extraction: Extraction; usage: LlmUsage }> {
    const extraction = extractOffline(request);
    const prompt = JSON.stringify(buildExtractionMessages(request));
    return { extraction, usage: this.usage(this.chatModel, prompt, JSON.stringify(extraction)) };
  }

  async embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    const vectors = texts.map((text) => localEmbedding(text, this.embeddingDimensions));
    const usage = this.usage(this.embeddingModel, texts.join(''), '');
    return { vectors, usage: texts.length === 0 ? { ...usage, calls: 0 } : usage };
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
