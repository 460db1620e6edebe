// End to end with no model configured: the offline provider extracts, embeds and answers locally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST, type IngestPayload, RAG, RECALL, type RecalledItem } from '../integration/memory-helpers.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';

describe('memory with the offline provider', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ OPENAI_API_KEY: undefined, EMBEDDING_DIMENSIONS: '256' });
  });
  afterAll(() => server?.close());

  it("ingests the seed's example and answers what Alice's hobbies are, citing it", async () => {
    const userId = uniqueUserId('offline');
    const ingested = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: {
        content: 'Alice is a software engineer who loves hiking and photography.',
        sourceRef: 'seed-1',
      },
    });
    expect(ingested.errors).toBeUndefined();
    const result = ingested.data!.ingest;
    expect(result.usage.provider).toBe('offline');
    expect(result.entitiesCreated.map((e) => e.name)).toContain('Alice');
    expect(result.factsCreated.length).toBeGreaterThan(0);

    const recalled = await server.gql<{ recall: RecalledItem[] }>(RECALL, {
      userId,
      input: { query: 'photography' },
    });
    expect(recalled.errors).toBeUndefined();
    expect(recalled.data!.recall.some((i) => /photography/i.test(i.text))).toBe(true);

    const rag = await server.gql<{
      ragQuery: {
        answer: string;
        known: boolean;
        citations: Array<{ sources: Array<{ sourceRef: string }> }>;
        usage: { provider: string };
      };
    }>(RAG, { userId, input: { query: "What are Alice's hobbies?" } });
    expect(rag.errors).toBeUndefined();
    const answer = rag.data!.ragQuery;
    expect(answer.usage.provider).toBe('offline');
    expect(answer.answer).toMatch(/hiking/i);
    expect(answer.answer).toMatch(/photography/i);
    expect(answer.citations.flatMap((c) => c.sources.map((s) => s.sourceRef))).toContain('seed-1');
  });

  it('says it does not know when the memory is empty', async () => {
    const rag = await server.gql<{ ragQuery: { known: boolean; context: unknown[]; answer: string } }>(RAG, {
      userId: uniqueUserId('offline-empty'),
      input: { query: "What are Alice's hobbies?" },
    });
    expect(rag.errors).toBeUndefined();
    expect(rag.data!.ragQuery).toMatchObject({ known: false, context: [] });
  });
});
