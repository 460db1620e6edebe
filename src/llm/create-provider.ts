// Chooses the chat model and the embedder from config, each on its own (CHAT_PROVIDER, EMBEDDING_PROVIDER).
import type { Config } from '../config/index.ts';
import { ComposedProvider } from './composed-provider.ts';
import { HashEmbedder } from './hash-embedder.ts';
import { LocalEmbedder } from './local-embedder.ts';
import { javaMajorVersion } from './local-embedding-service.ts';
import { OfflineProvider } from './offline.ts';
import { OpenAiProvider } from './openai.ts';
import { OpenAiEmbedder } from './openai-embedder.ts';
import type { ChatModel, Embedder } from './provider.ts';

export interface CreateProviderOptions {
  /** Where the loud hashing-fallback warning and the local service's output go. */
  warn?: (message: string) => void;
  log?: (line: string) => void;
  /** The local Java's major version (undefined without Java); tests pass their own. */
  javaVersion?: () => number | undefined;
}

export function createChatModel(config: Config): ChatModel {
  return config.CHAT_PROVIDER === 'openai' ? new OpenAiProvider(config) : new OfflineProvider(config);
}

export const HASH_FALLBACK_WARNING =
  '*** NO JAVA: EMBEDDING_PROVIDER=local needs Java 17+ to run the local embedding model, so embeddings fall back ' +
  'to feature hashing, which matches exact words only ("hobbies" will not find "hiking"). Install a JDK, or set ' +
  'LOCAL_EMBEDDING_URL or EMBEDDING_PROVIDER=openai. ***';

export function createEmbedder(config: Config, options: CreateProviderOptions = {}): Embedder {
  switch (config.EMBEDDING_PROVIDER) {
    case 'openai':
      return new OpenAiEmbedder({
        name: 'openai',
        model: config.OPENAI_EMBEDDING_MODEL,
        dimensions: config.EMBEDDING_DIMENSIONS,
        requestDimensions: true,
        baseURL: config.EMBEDDING_BASE_URL ?? config.OPENAI_BASE_URL,
        apiKey: config.EMBEDDING_API_KEY ?? config.OPENAI_API_KEY ?? '',
        timeoutMs: config.LLM_TIMEOUT_MS,
        maxRetries: config.LLM_MAX_RETRIES,
      });
    case 'local': {
      const version = config.LOCAL_EMBEDDING_URL ? 17 : (options.javaVersion ?? javaMajorVersion)();
      // The last resort, so that a machine without Java still runs (against an external NEO4J_URI): never silent.
      if (version === undefined || version < 17) {
        (options.warn ?? console.warn)(HASH_FALLBACK_WARNING);
        return new HashEmbedder(config.EMBEDDING_DIMENSIONS);
      }
      return new LocalEmbedder({
        url: config.LOCAL_EMBEDDING_URL,
        threads: config.LOCAL_EMBEDDING_THREADS,
        heap: config.LOCAL_EMBEDDING_HEAP,
        timeoutMs: config.LLM_TIMEOUT_MS,
        maxRetries: config.LLM_MAX_RETRIES,
        log: options.log,
      });
    }
    case 'hash':
      return new HashEmbedder(config.EMBEDDING_DIMENSIONS);
  }
}

/** The model provider the memory engine uses: the configured chat model with the configured embedder. */
export function createLlmProvider(config: Config, options: CreateProviderOptions = {}): ComposedProvider {
  return new ComposedProvider(createChatModel(config), createEmbedder(config, options));
}
