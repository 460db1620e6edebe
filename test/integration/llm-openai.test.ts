// The OpenAI provider through the real SDK against the fake OpenAI-compatible server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiProvider } from '../../src/llm/openai.ts';
import type { ExtractionRequest } from '../../src/prompts/extract-memory.ts';
import { chatPromptKind, type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';

const request: ExtractionRequest = {
  userId: 'u-llm',
  userName: 'Sam',
  episodes: [
    {
      ref: 'ep1',
      content: 'My wife Maria loves hiking.',
      source: 'chat',
      occurredAt: '2025-03-01T10:00:00Z',
    },
  ],
  knownEntities: [{ ref: 'E1', name: 'Maria', type: 'person', aliases: [] }],
  knownFacts: [],
};

const extraction = {
  entities: [{ ref: 'E1', name: 'Maria', type: 'person', aliases: ['my wife'], summary: null, sameAs: 'E1' }],
  facts: [
    {
      episode: 'ep1',
      subject: 'E1',
      predicate: 'likes',
      objectValue: 'hiking',
      statement: 'Maria loves hiking.',
    },
  ],
  invalidations: [],
};

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  throw new Error('expected a rejection');
}

describe('OpenAiProvider against the fake server', () => {
  let fake: FakeOpenAI;
  const provider = (overrides: { LLM_TIMEOUT_MS?: number; LLM_MAX_RETRIES?: number } = {}) =>
    new OpenAiProvider({
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_CHAT_MODEL: 'gpt-test',
      OPENAI_EMBEDDING_MODEL: 'embed-test',
      EMBEDDING_DIMENSIONS: 64,
      LLM_TIMEOUT_MS: overrides.LLM_TIMEOUT_MS ?? 5_000,
      LLM_MAX_RETRIES: overrides.LLM_MAX_RETRIES ?? 2,
    });

  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 64 });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it('extracts with exactly one strict json_schema chat call and reports the usage the server reported', async () => {
    fake.enqueueChat(extraction);
    const result = await provider().extract(request);
    expect(fake.calls.chat).toBe(1);
    expect(result.extraction.facts[0]).toMatchObject({
      subject: 'E1',
      predicate: 'likes',
      objectValue: 'hiking',
      object: null,
    });
    expect(result.extraction.entities[0]?.sameAs).toBe('E1');
    expect(result.usage).toEqual({
      provider: 'openai',
      model: 'gpt-test',
      calls: 1,
      promptTokens: fake.tokens.prompt,
      completionTokens: fake.tokens.completion,
    });
    const body = fake.requests[0]?.body;
    expect(chatPromptKind(body)).toBe('extraction');
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.schema.additionalProperties).toBe(false);
    expect(JSON.stringify(body.messages)).toContain('My wife Maria loves hiking.');
  });

  it('answers with exactly one chat call and passes the numbered context', async () => {
    fake.enqueueChat({ answer: 'Maria lives in Lisbon.', citations: ['1'], known: true });
    const result = await provider().answer({
      question: 'Where does Maria live?',
      context: [{ ref: '1', kind: 'fact', text: 'Maria lives in Lisbon.' }],
      now: '2025-03-02T00:00:00Z',
    });
    expect(fake.calls.chat).toBe(1);
    expect(result.answer).toEqual({ answer: 'Maria lives in Lisbon.', citations: ['1'], known: true });
    expect(chatPromptKind(fake.requests[0]?.body)).toBe('answer');
    expect(JSON.stringify(fake.requests[0]?.body.messages)).toContain('[1] (fact) Maria lives in Lisbon.');
  });

  it('the fake answers "I don\'t know" to answer prompts by default', async () => {
    const result = await provider().answer({ question: 'Where?', context: [], now: '2025-03-02T00:00:00Z' });
    expect(result.answer.known).toBe(false);
  });

  it('embeds all texts in one call, with the configured dimensions, as unit vectors', async () => {
    const result = await provider().embed(['hiking in the alps', 'I love hiking', 'tax returns']);
    expect(fake.calls.embeddings).toBe(1);
    expect(fake.requests[0]?.body.dimensions).toBe(64);
    expect(result.vectors).toHaveLength(3);
    for (const v of result.vectors) {
      expect(v).toHaveLength(64);
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
    expect(result.usage).toMatchObject({
      provider: 'openai',
      model: 'embed-test',
      calls: 1,
      promptTokens: fake.tokens.prompt,
    });
  });

  it('makes no call for an empty embed', async () => {
    const result = await provider().embed([]);
    expect(result.vectors).toEqual([]);
    expect(fake.calls.embeddings).toBe(0);
  });

  it('retries a 429 and then succeeds', async () => {
    fake.enqueueChat({ status: 429 }, extraction);
    const result = await provider().extract(request);
    expect(fake.calls.chat).toBe(2);
    expect(result.extraction.entities).toHaveLength(1);
  });

  it('retries embeddings after a 503', async () => {
    fake.failEmbeddings({ status: 503 });
    const result = await provider().embed(['one']);
    expect(fake.calls.embeddings).toBe(2);
    expect(result.vectors).toHaveLength(1);
  });

  it('throws LLM_UNAVAILABLE when the server keeps failing', async () => {
    fake.onChat(() => ({ status: 500 }));
    expect(await codeOf(provider({ LLM_MAX_RETRIES: 1 }).extract(request))).toBe('LLM_UNAVAILABLE');
    expect(fake.calls.chat).toBe(2);
    fake.failEmbeddings({ status: 500 }, { status: 500 });
    expect(await codeOf(provider({ LLM_MAX_RETRIES: 1 }).embed(['x']))).toBe('LLM_UNAVAILABLE');
  });

  it('throws LLM_UNAVAILABLE when a response is slower than LLM_TIMEOUT_MS', async () => {
    fake.enqueueChat({ delayMs: 2_000 });
    expect(await codeOf(provider({ LLM_TIMEOUT_MS: 200, LLM_MAX_RETRIES: 0 }).extract(request))).toBe(
      'LLM_UNAVAILABLE',
    );
  });

  it('throws LLM_UNAVAILABLE when nothing listens', async () => {
    const closed = await startFakeOpenAI();
    const baseURL = closed.baseURL;
    await closed.close();
    const offline = new OpenAiProvider({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: baseURL,
      OPENAI_CHAT_MODEL: 'm',
      OPENAI_EMBEDDING_MODEL: 'e',
      EMBEDDING_DIMENSIONS: 8,
      LLM_TIMEOUT_MS: 1_000,
      LLM_MAX_RETRIES: 0,
    });
    expect(await codeOf(offline.embed(['x']))).toBe('LLM_UNAVAILABLE');
  });

  it('retries malformed JSON once and succeeds, counting both calls in usage', async () => {
    fake.enqueueChat({ malformed: true }, extraction);
    const result = await provider().extract(request);
    expect(fake.calls.chat).toBe(2);
    expect(result.usage.calls).toBe(2);
    expect(result.usage.promptTokens).toBe(fake.tokens.prompt);
    expect(result.extraction.facts).toHaveLength(1);
  });

  it('retries output that breaks the schema once, then throws LLM_BAD_OUTPUT', async () => {
    fake.enqueueChat({ malformed: true }, { malformed: true });
    expect(await codeOf(provider().extract(request))).toBe('LLM_BAD_OUTPUT');
    expect(fake.calls.chat).toBe(2);
    fake.reset();
    fake.enqueueChat({ answer: 42 }, { citations: 'nope' });
    expect(await codeOf(provider().answer({ question: 'q', context: [], now: '2025-01-01T00:00:00Z' }))).toBe(
      'LLM_BAD_OUTPUT',
    );
    expect(fake.calls.chat).toBe(2);
  });
});
