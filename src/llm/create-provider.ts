// Chooses the model provider from config: OpenAI-compatible when OPENAI_API_KEY is set, offline otherwise.
import type { Config } from '../config/index.ts';
import { LlmUnavailableError } from '../errors/index.ts';
import type { LlmProvider } from './provider.ts';

export function createLlmProvider(config: Config): LlmProvider {
  const unavailable = () => Promise.reject(new LlmUnavailableError('no provider implemented yet'));
  return {
    name: config.OPENAI_API_KEY ? 'openai' : 'offline',
    chatModel: config.OPENAI_CHAT_MODEL,
    embeddingModel: config.OPENAI_EMBEDDING_MODEL,
    embeddingDimensions: config.EMBEDDING_DIMENSIONS,
    extract: unavailable,
    embed: unavailable,
    answer: unavailable,
  };
}
