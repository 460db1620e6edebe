// Recall and ragQuery against the real Neo4j, with the real OpenAI provider talking to a scripted fake server.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { entity, type FakeOpenAI, relation } from '../support/fake-openai.ts';
import { useFakeModelServer } from '../support/model-server.ts';
import { type TestServer, uniqueUserId } from '../support/test-server.ts';
import { INGEST, RAG, RECALL, type RecalledItem } from './memory-helpers.ts';

interface RagPayload {
  answer: string;
  known: boolean;
  context: Array<{ kind: string; id: string; text: string }>;
  citations: Array<{
    kind: string;
    id: string;
    text: string;
    sources: Array<{ id: string; sourceRef: string | null }>;
  }>;
  usage: { provider: string; calls: number };
}

describe('recall and ragQuery', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  const alice = uniqueUserId('recall');

  const ingest = async (userId: string, input: Record<string, unknown>, extraction: object) => {
    fake.enqueueChat(extraction);
    const response = await server.gql(INGEST, { userId, input });
    expect(response.errors).toBeUndefined();
  };
  const recall = async (userId: string, query: string, limit = 10) => {
    const response = await server.gql<{ recall: RecalledItem[] }>(RECALL, {
      userId,
      input: { query, limit },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.recall;
  };

  useFakeModelServer({ LLM_MAX_RETRIES: '0' }, (f, s) => {
    fake = f;
    server = s;
  });
  beforeAll(async () => {
    await ingest(
      alice,
      { content: "Alice's sister is Beth.", sourceRef: 'm1', occurredAt: '2025-01-01T00:00:00Z' },
      relation(
        entity('n1', 'Alice', 'person'),
        'has_sister',
        entity('n2', 'Beth', 'person'),
        "Alice's sister is Beth.",
      ),
    );
    await ingest(
      alice,
      { content: 'Beth lives in Lisbon.', sourceRef: 'm2', occurredAt: '2025-01-02T00:00:00Z' },
      relation(
        { ref: 'E2', name: 'Beth', type: 'person', sameAs: 'E2' },
        'lives_in',
        entity('n1', 'Lisbon', 'place'),
        'Beth lives in Lisbon.',
      ),
    );
    await ingest(
      alice,
      {
        content: 'Alice collects vintage Zeiss lenses.',
        sourceRef: 'm3',
        occurredAt: '2025-01-03T00:00:00Z',
      },
      {
        entities: [{ ref: 'n1', name: 'Alice', type: 'person' }],
        facts: [
          {
            episode: 'ep1',
            subject: 'n1',
            predicate: 'collects',
            objectValue: 'vintage Zeiss lenses',
            statement: 'Alice collects vintage Zeiss lenses.',
          },
        ],
      },
    );
    await ingest(
      alice,
      {
        content: 'Alice goes rock climbing every weekend.',
        sourceRef: 'm4',
        occurredAt: '2025-01-04T00:00:00Z',
      },
      relation(
        entity('n1', 'Alice', 'person'),
        'practices',
        entity('n2', 'rock climbing', 'habit'),
        'Alice goes rock climbing every weekend.',
      ),
    );
  });

  it('finds a fact by a rare keyword (fulltext) with its source episode, and makes no chat call', async () => {
    const items = await recall(alice, 'Zeiss');
    const fact = items.find((i) => i.kind === 'FACT');
    expect(fact?.text).toBe('Alice collects vintage Zeiss lenses.');
    expect(fact?.sources.map((s) => s.sourceRef)).toEqual(['m3']);
    expect(fact?.occurredAt).toBe('2025-01-03T00:00:00.000Z');
    expect(fake.calls.chat).toBe(0);
    expect(fake.calls.embeddings).toBe(1);
  });

  it('finds a fact by paraphrase (vector), where no word of the query is in it', async () => {
    const items = await recall(alice, 'climbers weekends');
    expect(items.filter((i) => i.kind === 'FACT').map((i) => i.text)).toContain(
      'Alice goes rock climbing every weekend.',
    );
  });

  it('brings in a neighbour and its facts through the graph', async () => {
    const items = await recall(alice, 'Tell me about Alice', 20);
    const texts = items.map((i) => i.text);
    expect(texts).toContain("Alice's sister is Beth.");
    // Nothing in "Beth lives in Lisbon." matches the query: only the two hops Alice → Beth → Lisbon reach it.
    expect(texts).toContain('Beth lives in Lisbon.');
    expect(items.some((i) => i.kind === 'ENTITY' && i.text.startsWith('Beth'))).toBe(true);
  });

  it('counts a recalled memory as a use, written just after the answer', async () => {
    // A user of its own: uses from earlier tests' recalls are written behind too and must not race this count.
    const carol = uniqueUserId('recall-use');
    await ingest(
      carol,
      { content: 'Carol collects vinyl records.', sourceRef: 'u1' },
      relation(
        entity('n1', 'Carol', 'person'),
        'collects',
        entity('n2', 'vinyl records', 'thing'),
        'Carol collects vinyl records.',
      ),
    );
    const read = async () =>
      (
        await server.driver.executeQuery(
          "MATCH (f:Fact {userId: $userId, predicate: 'collects'}) RETURN f.accessCount AS n",
          { userId: carol },
        )
      ).records[0]!.get('n') as number;
    const before = await read();
    await recall(carol, 'vinyl records');
    // The use is written behind the response (batched), so it lands moments later.
    await vi.waitFor(async () => expect(await read()).toBe(before + 1), { timeout: 5000, interval: 50 });
  });

  it("never shows one user's memory to another", async () => {
    const bob = uniqueUserId('recall-bob');
    expect(await recall(bob, 'Zeiss lenses Alice Beth Lisbon')).toEqual([]);
    const rag = await server.gql<{ ragQuery: RagPayload }>(RAG, {
      userId: bob,
      input: { query: 'Where does Beth live?' },
    });
    expect(rag.errors).toBeUndefined();
    expect(rag.data!.ragQuery).toMatchObject({ known: false, context: [], citations: [] });
    expect(fake.calls.chat).toBe(0);
  });

  it('ragQuery answers with one chat call and cites the context items it used', async () => {
    fake.enqueueChat({ answer: 'Beth lives in Lisbon [1].', citations: ['1'], known: true });
    const response = await server.gql<{ ragQuery: RagPayload }>(RAG, {
      userId: alice,
      input: { query: 'Where does Beth live?' },
    });
    expect(response.errors).toBeUndefined();
    const rag = response.data!.ragQuery;
    expect(fake.calls.chat).toBe(1);
    expect(fake.calls.embeddings).toBe(1);
    expect(rag.answer).toBe('Beth lives in Lisbon [1].');
    expect(rag.known).toBe(true);
    expect(rag.citations).toHaveLength(1);
    expect(rag.citations[0]!.id).toBe(rag.context[0]!.id);
    expect(rag.context.map((c) => c.text)).toContain('Beth lives in Lisbon.');
    expect(rag.usage).toMatchObject({ provider: 'openai', calls: 2 });
  });

  it('rejects an empty query and a limit above MAX_RECALL_LIMIT', async () => {
    const empty = await server.gql(RECALL, { userId: alice, input: { query: ' ' } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await server.gql(RECALL, { userId: alice, input: { query: 'Alice', limit: 1000 } });
    expect(big.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
