// Which provider the config selects.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { createLlmProvider } from '../../src/llm/index.ts';

describe('createLlmProvider', () => {
  it('uses the OpenAI-compatible provider when OPENAI_API_KEY is set', () => {
    const llm = createLlmProvider(
      loadConfig({ OPENAI_API_KEY: 'k', OPENAI_CHAT_MODEL: 'llama3', EMBEDDING_DIMENSIONS: '128' }),
    );
    expect(llm).toMatchObject({
      name: 'openai',
      chatModel: 'llama3',
      embeddingModel: 'text-embedding-3-small',
      embeddingDimensions: 128,
    });
  });

  it('falls back to the clearly labelled offline provider without a key', () => {
    const llm = createLlmProvider(loadConfig({ EMBEDDING_DIMENSIONS: '64' }));
    expect(llm).toMatchObject({
      name: 'offline',
      chatModel: 'offline-nlp',
      embeddingModel: 'offline-hash-embeddings',
      embeddingDimensions: 64,
    });
  });
});
