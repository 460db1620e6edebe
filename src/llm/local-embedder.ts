// The local embedding model (all-MiniLM-L6-v2, 384 dimensions) through the same OpenAI SDK code as a hosted model.
import { LOCAL_EMBEDDING_DIMENSIONS } from '../config/index.ts';
import { LlmUnavailableError } from '../errors/index.ts';
import { type LocalEmbeddingService, startLocalEmbeddingService } from './local-embedding-service.ts';
import { OpenAiEmbedder } from './openai-embedder.ts';
import { type Embedder, emptyUsage, type LlmUsage } from './provider.ts';

export const LOCAL_EMBEDDING_MODEL = 'all-minilm-l6-v2-q';

export interface LocalEmbedderOptions {
  /** A service already running (e.g. its own container); unset: start one as a child JVM. */
  url?: string;
  threads?: number;
  heap?: string;
  timeoutMs: number;
  maxRetries: number;
  log?: (line: string) => void;
}

export class LocalEmbedder implements Embedder {
  readonly name = 'local';
  readonly model = LOCAL_EMBEDDING_MODEL;
  readonly dimensions = LOCAL_EMBEDDING_DIMENSIONS;
  /** The child JVM, when this embedder started one. */
  service: LocalEmbeddingService | undefined;
  private client: OpenAiEmbedder | undefined;
  private starting: Promise<OpenAiEmbedder> | undefined;
  // A service that failed to start fails the same way until close(): no JVM spawn per request.
  private failure: Error | undefined;

  constructor(private readonly options: LocalEmbedderOptions) {}

  async start(): Promise<void> {
    await this.ready();
  }

  async embed(texts: string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
    if (texts.length === 0) return { vectors: [], usage: emptyUsage(this.name, this.model) };
    return (await this.ready()).embed(texts);
  }

  async close(): Promise<void> {
    const service = this.service;
    this.service = undefined;
    this.client = undefined;
    this.starting = undefined;
    this.failure = undefined;
    await service?.stop();
  }

  /** The client, starting the service first (once, shared by concurrent callers; again if the JVM died). */
  private ready(): Promise<OpenAiEmbedder> {
    if (this.client && (this.options.url || this.service?.running())) return Promise.resolve(this.client);
    if (this.failure) return Promise.reject(new LlmUnavailableError(this.failure.message));
    this.starting ??= (async () => {
      if (this.options.url) return this.clientFor(this.options.url);
      this.service = await startLocalEmbeddingService({
        threads: this.options.threads,
        heap: this.options.heap,
        log: this.options.log,
      });
      return this.clientFor(this.service.baseURL);
    })()
      .then(
        (client) => {
          this.client = client;
          return client;
        },
        (error: Error) => {
          this.failure = error;
          throw new LlmUnavailableError(error.message);
        },
      )
      .finally(() => {
        this.starting = undefined;
      });
    return this.starting;
  }

  private clientFor(baseURL: string): OpenAiEmbedder {
    return new OpenAiEmbedder({
      name: this.name,
      model: this.model,
      dimensions: this.dimensions,
      // The model makes one size only; the service refuses other sizes.
      requestDimensions: false,
      baseURL,
      apiKey: 'local',
      timeoutMs: this.options.timeoutMs,
      maxRetries: this.options.maxRetries,
    });
  }
}
