// Maps whatever the OpenAI SDK threw to our error classes, so no SDK error reaches a resolver.
import OpenAI from 'openai';
import { LlmUnavailableError } from '../errors/index.ts';

export function unavailable(error: unknown): LlmUnavailableError {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new LlmUnavailableError('request timed out');
  if (error instanceof OpenAI.APIConnectionError)
    return new LlmUnavailableError('cannot connect to the model server');
  if (error instanceof OpenAI.APIError)
    return new LlmUnavailableError(`model server answered ${error.status ?? 'an error'}`);
  return new LlmUnavailableError(error instanceof Error ? error.message : String(error));
}
