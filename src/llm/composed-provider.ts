// One LlmProvider from a chat model and an embedder chosen apart; every usage record names both.
import type { Answer, AnswerRequest } from '../prompts/answer-question.ts';
import type { Extraction, ExtractionRequest } from '../prompts/extract-memory.ts';
import type { ChatModel, Embedder, LlmProvider, LlmUsage } from './provider.ts';

export class ComposedProvider implements LlmProvider {
  readonly name: string;
  readonly chatModel: string;
  readonly embeddingProvider: string;
  readonly embeddingModel: string;
  readonly embeddingDimensions: number;

  constructor(
    readonly chat: ChatModel,
    readonly embedder: Embedder,
  ) {
    this.name = chat.name;
    this.chatModel = chat.chatModel;
    this.embeddingProvider = embedder.name;
    this.embeddingModel = embedder.model;
    this.embeddingDimensions = embedder.dimensions;
  }

  async extract(request: ExtractionRequest): Promise<{ extraction: Extraction; usage: LlmUsage }> {
    const { extraction, usage } = await this.chat.extract(request);
    return { extraction, usage: this.stamp(usage) };
  }

  async answer(request: AnswerRequest): Promise<{ answer: Answer; usage: LlmUsage }> {
    const { answer, usage } = await this.chat.answer(request);
    return { answer, usage: this.stamp(usage) };
  }

  async embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    const { vectors, usage } = await this.embedder.embed(texts);
    return { vectors, usage: this.stamp(usage) };
  }

  async start(): Promise<void> {
    await this.embedder.start?.();
  }

  async close(): Promise<void> {
    await this.embedder.close?.();
  }

  /** `provider` stays the chat provider, as callers knew it; the four new fields say exactly what ran. */
  private stamp(usage: LlmUsage): LlmUsage {
    return {
      ...usage,
      provider: this.name,
      chatProvider: this.name,
      chatModel: this.chatModel,
      embeddingProvider: this.embeddingProvider,
      embeddingModel: this.embeddingModel,
    };
  }
}
