// End to end with no model configured: the offline provider extracts, embeds and answers locally.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ensureGraphSchema } from '../../src/neo4j/index.ts';
import { OFFLINE_MODEL_ENV, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { INGEST, type IngestPayload, RAG, RECALL, type RecalledItem } from './memory-helpers.ts';

describe('memory with the offline provider', () => {
  let server: TestServer;
  useTestServer({ env: OFFLINE_MODEL_ENV }, (s) => {
    server = s;
  });

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

  it('invalidates where the user lived when they say they moved, though the new text names neither', async () => {
    const userId = uniqueUserId('offline-move');
    const lived = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content: 'I live in Lisbon.', occurredAt: '2025-01-10T10:00:00Z' },
    });
    expect(lived.errors).toBeUndefined();
    const lisbon = lived.data!.ingest.factsCreated.find((f) => /Lisbon/.test(f.statement))!;
    expect(lisbon).toBeDefined();
    const moved = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content: 'Last month I moved to Berlin.', occurredAt: '2025-06-10T10:00:00Z' },
    });
    expect(moved.errors).toBeUndefined();
    const result = moved.data!.ingest;
    expect(result.usage.calls).toBe(2); // one chat call, one embedding call
    expect(result.factsCreated.some((f) => /Berlin/.test(f.statement))).toBe(true);
    const invalidated = result.factsInvalidated.find((f) => f.id === lisbon.id);
    expect(invalidated?.invalidatedAt).toBeTruthy();

    const now = await server.gql<{ recall: RecalledItem[] }>(RECALL, {
      userId,
      input: { query: 'Where do I live?' },
    });
    expect(now.errors).toBeUndefined();
    const facts = now.data!.recall.filter((i) => i.kind === 'FACT');
    expect(facts.some((i) => /Berlin/.test(i.text))).toBe(true);
    expect(facts.some((i) => /Lisbon/.test(i.text))).toBe(false);

    const then = await server.gql<{ recall: RecalledItem[] }>(RECALL, {
      userId,
      input: { query: 'Where do I live?', asOf: '2025-03-01T00:00:00Z' },
    });
    expect(then.errors).toBeUndefined();
    expect(then.data!.recall.some((i) => i.kind === 'FACT' && i.id === lisbon.id)).toBe(true);
  });

  it('resolves ingest to an entity made by hand through the generated CRUD instead of duplicating it', async () => {
    const userId = uniqueUserId('offline-crud');
    const made = await server.gql<{ createEntities: { entities: Array<{ id: string }> } }>(
      'mutation ($u: ID!) { createEntities(input: [{ userId: $u, name: "Alice", type: "person", aliases: [] }]) { entities { id } } }',
      { u: userId },
    );
    expect(made.errors).toBeUndefined();
    const aliceId = made.data!.createEntities.entities[0]!.id;
    for (const content of ['Alice loves hiking.', 'Alice works at Acme.']) {
      const ingested = await server.gql<{ ingest: IngestPayload }>(INGEST, { userId, input: { content } });
      expect(ingested.errors).toBeUndefined();
      expect(ingested.data!.ingest.entitiesCreated.map((e) => e.name)).not.toContain('Alice');
    }
    const entities = await server.gql<{ entities: Array<{ id: string; name: string }> }>(
      'query ($u: ID!) { entities(where: { userId: { eq: $u }, name: { eq: "Alice" } }) { id name } }',
      { u: userId },
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data!.entities).toEqual([{ id: aliceId, name: 'Alice' }]);
  });

  it('resolves ingest to such an entity stored before entities were marked, once the schema setup has run', async () => {
    const userId = uniqueUserId('offline-legacy');
    // As an earlier version stored an entity made through the generated CRUD: no keys and no mark.
    const bobId = randomUUID();
    await server.driver.executeQuery(
      `CREATE (:Entity {id: $id, userId: $userId, name: 'Bob', type: 'person', aliases: [],
         createdAt: datetime(), updatedAt: datetime()})`,
      { id: bobId, userId },
    );
    // The migration runs once per database: forget that it ran, as a database from that version would not know it.
    await server.driver.executeQuery("MATCH (m:SchemaMigration {name: 'entity-unkeyed'}) DELETE m");
    await ensureGraphSchema(server.driver, { embeddingDimensions: server.config.EMBEDDING_DIMENSIONS });

    const ingested = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content: 'Bob plays the cello.' },
    });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data!.ingest.entitiesCreated.map((e) => e.name)).not.toContain('Bob');
    const bobs = await server.gql<{ entities: Array<{ id: string }> }>(
      'query ($u: ID!) { entities(where: { userId: { eq: $u }, name: { eq: "Bob" } }) { id } }',
      { u: userId },
    );
    expect(bobs.data!.entities).toEqual([{ id: bobId }]);
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
