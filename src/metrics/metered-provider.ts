// Counts every model call a provider makes (calls, tokens, estimated cost) without changing what it returns.
import type { LlmProvider } from '../llm/index.ts';
import type { Metrics } from './metrics.ts';

export class MeteredProvider implements LlmProvider {
  constructor(
    private readonly inner: LlmProvider,
    private readonly metrics: Metrics,
  ) {}

  get name() {
    return this.inner.name;
  }
  get chatModel() {
    return this.inner.chatModel;
  }
  get embeddingModel() {
    return this.inner.embeddingModel;
  }
  get embeddingDimensions() {
    return this.inner.embeddingDimensions;
  }
  get embeddingProvider() {
    return this.inner.embeddingProvider;
  }

  async start(): Promise<void> {
    await this.inner.start?.();
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }

  async extract(request: Parameters<LlmProvider['extract']>[0]) {
    const result = await this.inner.extract(request);
    this.metrics.recordUsage('chat', this.name, this.chatModel, result.usage);
    return result;
  }

  async answer(request: Parameters<LlmProvider['answer']>[0]) {
    const result = await this.inner.answer(request);
    this.metrics.recordUsage('chat', this.name, this.chatModel, result.usage);
    return result;
  }

  async embed(texts: string[]) {
    const result = await this.inner.embed(texts);
    this.metrics.recordUsage(
      'embedding',
      this.embeddingProvider ?? this.name,
      this.embeddingModel,
      result.usage,
    );
    return result;
  }
}
