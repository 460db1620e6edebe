// Chooses the model provider from config: OpenAI-compatible when OPENAI_API_KEY is set, offline otherwise.
import type { Config } from '../config/index.ts';
import { OfflineProvider } from './offline.ts';
import { OpenAiProvider } from './openai.ts';
import type { LlmProvider } from './provider.ts';

export function createLlmProvider(config: Config): LlmProvider {
  return config.OPENAI_API_KEY ? new OpenAiProvider(config) : new OfflineProvider(config);
}
