// The OpenAI SDK client as every provider builds it, and the map from what the SDK throws to our error classes.
import OpenAI from 'openai';
import { LlmUnavailableError } from '../errors/index.ts';

/** Maps whatever the OpenAI SDK threw to our error classes, so no SDK error reaches a resolver. */
export function unavailable(error: unknown): LlmUnavailableError {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new LlmUnavailableError('request timed out');
  if (error instanceof OpenAI.APIConnectionError)
    return new LlmUnavailableError('cannot connect to the model server');
  if (error instanceof OpenAI.APIError)
    return new LlmUnavailableError(`model server answered ${error.status ?? 'an error'}`);
  return new LlmUnavailableError(error instanceof Error ? error.message : String(error));
}

/** An SDK client for an OpenAI-compatible server; the SDK does the retries (with backoff) and the timeout. */
export function openAiClient(options: {
  apiKey?: string;
  baseURL?: string;
  timeoutMs: number;
  maxRetries: number;
}) {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
}
