// Which chat model and which embedder the config selects, and that usage records name both.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import {
  addUsage,
  createLlmProvider,
  HASH_FALLBACK_WARNING,
  HashEmbedder,
  LocalEmbedder,
  OpenAiEmbedder,
} from '../../src/llm/index.ts';

describe('createLlmProvider', () => {
  it('uses the OpenAI-compatible provider for both when OPENAI_API_KEY is set', () => {
    const llm = createLlmProvider(
      loadConfig({ OPENAI_API_KEY: 'k', OPENAI_CHAT_MODEL: 'llama3', EMBEDDING_DIMENSIONS: '128' }),
    );
    expect(llm).toMatchObject({
      name: 'openai',
      chatModel: 'llama3',
      embeddingProvider: 'openai',
      embeddingModel: 'text-embedding-3-small',
      embeddingDimensions: 128,
    });
    expect(llm.embedder).toBeInstanceOf(OpenAiEmbedder);
  });

  it('without a key: the clearly labelled offline chat with the local embedding model', () => {
    const llm = createLlmProvider(loadConfig({}), { javaVersion: () => 17 });
    expect(llm).toMatchObject({
      name: 'offline',
      chatModel: 'offline-nlp',
      embeddingProvider: 'local',
      embeddingModel: 'all-minilm-l6-v2-q',
      embeddingDimensions: 384,
    });
    expect(llm.embedder).toBeInstanceOf(LocalEmbedder);
  });

  it('hashed embeddings when asked for', () => {
    const llm = createLlmProvider(loadConfig({ EMBEDDING_PROVIDER: 'hash', EMBEDDING_DIMENSIONS: '64' }));
    expect(llm).toMatchObject({
      name: 'offline',
      embeddingProvider: 'hash',
      embeddingModel: 'offline-hash-embeddings',
      embeddingDimensions: 64,
    });
  });

  it('a running local service (LOCAL_EMBEDDING_URL) needs no Java here', () => {
    const llm = createLlmProvider(loadConfig({ LOCAL_EMBEDDING_URL: 'http://embeddings:8080/v1' }));
    expect(llm.embedder).toBeInstanceOf(LocalEmbedder);
  });

  it('falls back to hashing, loudly, when Java is missing (or older than 17)', () => {
    for (const version of [undefined, 11]) {
      const warnings: string[] = [];
      const llm = createLlmProvider(loadConfig({}), {
        warn: (m) => warnings.push(m),
        javaVersion: () => version,
      });
      expect(llm.embedder).toBeInstanceOf(HashEmbedder);
      expect(llm).toMatchObject({ embeddingProvider: 'hash', embeddingDimensions: 384 });
      expect(warnings).toEqual([HASH_FALLBACK_WARNING]);
    }
  });

  it('stamps both sides on every usage record and keeps them when usages add up', async () => {
    const llm = createLlmProvider(loadConfig({ EMBEDDING_PROVIDER: 'hash' }));
    const { usage: embedUsage } = await llm.embed(['Alice loves hiking.']);
    expect(embedUsage).toMatchObject({
      provider: 'offline',
      model: 'offline-hash-embeddings',
      calls: 1,
      chatProvider: 'offline',
      chatModel: 'offline-nlp',
      embeddingProvider: 'hash',
      embeddingModel: 'offline-hash-embeddings',
    });
    const { usage: answerUsage } = await llm.answer({
      question: 'What?',
      context: [],
      now: '2026-01-01T00:00:00Z',
    });
    expect(addUsage(embedUsage, answerUsage)).toMatchObject({
      provider: 'offline',
      calls: 2,
      chatProvider: 'offline',
      embeddingProvider: 'hash',
    });
  });
});
