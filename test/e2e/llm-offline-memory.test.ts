// The offline provider behind the real API and Neo4j: memory works on plain conversation with no model at all.
import { describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_ENV, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { INGEST, type IngestPayload, RAG } from './memory-helpers.ts';

interface Rag {
  answer: string;
  known: boolean;
  citations: Array<{ kind: string; id: string; text: string }>;
  usage: { provider: string; calls: number };
}

describe('offline provider end to end', () => {
  let server: TestServer;
  useTestServer({ env: OFFLINE_MODEL_ENV }, (s) => {
    server = s;
  });

  const ingest = async (userId: string, content: string, occurredAt: string) => {
    const response = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content, source: 'chat', occurredAt },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.ingest;
  };
  const ask = async (userId: string, question: string) => {
    const response = await server.gql<{ ragQuery: Rag }>(RAG, { userId, input: { query: question } });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.ragQuery;
  };

  it('extracts facts and answers from memory with citations', async () => {
    const userId = uniqueUserId('offline');
    const first = await ingest(
      userId,
      'I live in Lisbon and I work at Acme as a designer.',
      '2025-01-10T09:00:00Z',
    );
    expect(first.usage).toMatchObject({ provider: 'offline', model: 'offline-nlp' });
    expect(first.factsCreated.map((f) => f.predicate).sort()).toEqual(['lives_in', 'works_as', 'works_at']);

    const wife = await ingest(userId, 'My wife Maria loves pottery.', '2025-02-01T09:00:00Z');
    expect(wife.entitiesCreated.find((e) => e.name === 'Maria')?.aliases).toContain('my wife');

    // Invalidating the Lisbon fact here depends on ingest passing the user's own facts as known context
    // (see the unit test for the provider's side of it).
    const moved = await ingest(userId, 'Last month I moved to Berlin.', '2025-03-01T09:00:00Z');
    expect(moved.factsCreated.map((f) => f.statement)).toContainEqual(expect.stringContaining('Berlin'));

    const where = await ask(userId, 'Where do I live?');
    expect(where.known).toBe(true);
    expect(where.answer).toContain('Berlin');
    expect(where.citations.map((c) => c.text)).toContain('User lives in Berlin.');
    expect(where.usage.provider).toBe('offline');

    const pottery = await ask(userId, 'What does Maria love?');
    expect(pottery.answer).toContain('pottery');
    expect(pottery.citations.map((c) => c.kind)).toContain('FACT');

    const unknown = await ask(userId, 'What is the name of my dentist?');
    expect(unknown.known).toBe(false);
  });
});
