// Ingest against the real Neo4j, with the real OpenAI provider talking to a scripted OpenAI-compatible server.
import { describe, expect, it } from 'vitest';
import type { GraphUpdate } from '../../src/events/index.ts';
import { chatPromptKind, chatUserText, entity, type FakeOpenAI, relation } from '../support/fake-openai.ts';
import { useFakeModelServer } from '../support/model-server.ts';
import { type TestServer, uniqueUserId } from '../support/test-server.ts';
import {
  graphSize,
  INGEST,
  INGEST_BATCH,
  type IngestPayload,
  RECALL,
  type RecalledItem,
} from './memory-helpers.ts';

describe('ingest', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  useFakeModelServer({ LLM_MAX_RETRIES: '0', MAX_BATCH_ITEMS: '5' }, (f, s) => {
    fake = f;
    server = s;
  });

  const ingest = async (userId: string, input: Record<string, unknown>) => {
    const response = await server.gql<{ ingest: IngestPayload }>(INGEST, { userId, input });
    expect(response.errors).toBeUndefined();
    return response.data!.ingest;
  };
  const entitiesNamed = async (userId: string, normName: string) => {
    const { records } = await server.driver.executeQuery(
      'MATCH (e:Entity {userId: $userId}) WHERE e.normName = $normName OR $normName IN e.aliasKeys RETURN e.id AS id',
      { userId, normName },
    );
    return records.map((r) => r.get('id') as string);
  };

  it('makes exactly one chat and one embeddings call per ingest, and writes episode, entities and facts', async () => {
    const userId = uniqueUserId('ingest');
    fake.enqueueChat({
      entities: [
        { ref: 'n1', name: 'Alice', type: 'person', summary: 'A software engineer.' },
        { ref: 'n2', name: 'hiking', type: 'interest' },
        { ref: 'n3', name: 'photography', type: 'interest' },
      ],
      facts: [
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'works_as',
          objectValue: 'software engineer',
          statement: 'Alice is a software engineer.',
        },
        { episode: 'ep1', subject: 'n1', predicate: 'loves', object: 'n2', statement: 'Alice loves hiking.' },
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'loves',
          object: 'n3',
          statement: 'Alice loves photography.',
        },
      ],
    });
    const result = await ingest(userId, {
      content: 'Alice is a software engineer who loves hiking and photography.',
      source: 'chat',
      sourceRef: 'msg-1',
      occurredAt: '2025-03-01T10:00:00Z',
    });
    expect(fake.calls.chat).toBe(1);
    expect(fake.calls.embeddings).toBe(1);
    expect(result.duplicate).toBe(false);
    expect(result.episode).toMatchObject({
      source: 'chat',
      sourceRef: 'msg-1',
      occurredAt: '2025-03-01T10:00:00.000Z',
    });
    expect(result.entitiesCreated.map((e) => e.name).sort()).toEqual(['Alice', 'hiking', 'photography']);
    expect(result.factsCreated.map((f) => f.statement)).toContain('Alice loves hiking.');
    expect(result.factsCreated[0]!.validFrom).toBe('2025-03-01T10:00:00.000Z');
    expect(result.usage).toMatchObject({ provider: 'openai', calls: 2 });

    const { records } = await server.driver.executeQuery(
      `MATCH (f:Fact {userId: $userId, predicate: 'loves'})-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity),
             (f)-[:FROM_EPISODE]->(ep:Episode)-[:MENTIONS]->(s)
       RETURN s.name AS s, o.name AS o, ep.sourceRef AS ref, size(f.embedding) AS dims, f.tenant = s.tenant AS sameTenant
       ORDER BY o`,
      { userId },
    );
    expect(
      records.map((r) => [r.get('s'), r.get('o'), r.get('ref'), r.get('dims'), r.get('sameTenant')]),
    ).toEqual([
      ['Alice', 'hiking', 'msg-1', 256, true],
      ['Alice', 'photography', 'msg-1', 256, true],
    ]);
  });

  it('resolves "my wife Maria" and "my wife" to the existing Maria instead of creating a second entity', async () => {
    const userId = uniqueUserId('dedup');
    fake.enqueueChat({
      entities: [{ ref: 'n1', name: 'Maria', type: 'person', summary: 'A doctor.' }],
      facts: [
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'works_as',
          objectValue: 'doctor',
          statement: 'Maria is a doctor.',
        },
      ],
    });
    const first = await ingest(userId, { content: 'Maria is a doctor.' });
    const mariaId = first.entitiesCreated[0]!.id;

    // The model does not say sameAs: the engine must resolve by normalised name and record the alias.
    fake.enqueueChat(
      relation(
        { ref: 'n1', name: 'maria', type: 'person', aliases: ['my wife'], summary: "The user's wife." },
        'loves',
        entity('n2', 'tango', 'interest'),
        'Maria loves tango.',
      ),
    );
    const second = await ingest(userId, { content: 'My wife Maria loves tango.' });
    expect(second.entitiesCreated.map((e) => e.name)).toEqual(['tango']);
    expect(second.entitiesUpdated).toEqual([expect.objectContaining({ id: mariaId, aliases: ['my wife'] })]);

    // Only the alias this time.
    fake.enqueueChat({
      entities: [{ ref: 'n1', name: 'My wife', type: 'person' }],
      facts: [
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'got',
          objectValue: 'a promotion',
          statement: 'Maria got a promotion.',
        },
      ],
    });
    const third = await ingest(userId, { content: 'My wife got a promotion today.' });
    expect(third.entitiesCreated).toEqual([]);
    expect(await entitiesNamed(userId, 'maria')).toEqual([mariaId]);
    const { records } = await server.driver.executeQuery(
      'MATCH (f:Fact {userId: $userId})-[:SUBJECT]->(e:Entity) RETURN DISTINCT e.id AS id',
      { userId },
    );
    expect(records.map((r) => r.get('id'))).toEqual([mariaId]);
  });

  it('keeps one entity for the user themself ("I", the USER ref), listed or not', async () => {
    const userId = uniqueUserId('self');
    fake.enqueueChat({
      entities: [{ ref: 'n1', name: 'Lisbon', type: 'place' }],
      facts: [
        {
          episode: 'ep1',
          subject: 'USER',
          predicate: 'lives_in',
          object: 'n1',
          statement: 'The user lives in Lisbon.',
        },
      ],
    });
    const first = await ingest(userId, { content: 'I live in Lisbon.' });
    expect(first.entitiesCreated.map((e) => e.name).sort()).toEqual(['Lisbon', 'User']);
    fake.enqueueChat(
      relation(
        entity('USER', 'User', 'person'),
        'loves',
        entity('n1', 'surfing', 'interest'),
        'The user loves surfing.',
      ),
    );
    const second = await ingest(userId, { content: 'I love surfing.' });
    expect(second.entitiesCreated.map((e) => e.name)).toEqual(['surfing']);
    const { records } = await server.driver.executeQuery(
      'MATCH (f:Fact {userId: $userId})-[:SUBJECT]->(s:Entity) RETURN collect(DISTINCT s.name) AS subjects',
      { userId },
    );
    expect(records[0]!.get('subjects')).toEqual(['User']);
  });

  it('converges on one entity when ingests for the same user race', async () => {
    const userId = uniqueUserId('race');
    const extraction = (i: number) => ({
      entities: [{ ref: 'n1', name: 'Zoe', type: 'person' }],
      facts: [
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'said',
          objectValue: `thing ${i}`,
          statement: `Zoe said thing ${i}.`,
        },
      ],
    });
    fake.enqueueChat(...[0, 1, 2, 3].map(extraction));
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        server.gql<{ ingest: IngestPayload }>(INGEST, { userId, input: { content: `Zoe said thing ${i}.` } }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const zoe = await entitiesNamed(userId, 'zoe');
    expect(zoe).toHaveLength(1);
    const { records } = await server.driver.executeQuery(
      'MATCH (:Episode {userId: $userId})-[:MENTIONS]->(e:Entity) RETURN count(DISTINCT e) AS entities, count(*) AS mentions',
      { userId },
    );
    expect([records[0]!.get('entities'), records[0]!.get('mentions')]).toEqual([1, 4]);
  });

  it('invalidates a contradicted fact, keeps it for history, and recall asOf still finds it', async () => {
    const userId = uniqueUserId('contradict');
    fake.enqueueChat(
      relation(
        entity('n1', 'Alice', 'person'),
        'lives_in',
        entity('n2', 'Paris', 'place'),
        'Alice lives in Paris.',
      ),
    );
    const paris = await ingest(userId, {
      content: 'Alice lives in Paris.',
      occurredAt: '2023-05-01T00:00:00Z',
    });
    const parisFactId = paris.factsCreated[0]!.id;

    // The only known fact the engine shows the model is the Paris one, so the model calls it F1.
    fake.enqueueChat({
      ...relation(
        { ref: 'E1', name: 'Alice', type: 'person', sameAs: 'E1' },
        'lives_in',
        entity('n1', 'Berlin', 'place'),
        'Alice lives in Berlin.',
      ),
      invalidations: [{ fact: 'F1', episode: 'ep1', reason: 'moved' }],
    });
    const berlin = await ingest(userId, {
      content: 'Alice moved to Berlin.',
      occurredAt: '2024-09-01T00:00:00Z',
    });
    expect(berlin.factsInvalidated).toEqual([
      expect.objectContaining({
        id: parisFactId,
        statement: 'Alice lives in Paris.',
        validTo: '2024-09-01T00:00:00.000Z',
      }),
    ]);
    expect(berlin.factsInvalidated[0]!.invalidatedAt).toBeTruthy();

    const { records } = await server.driver.executeQuery(
      'MATCH (f:Fact {id: $id})-[:INVALIDATED_BY]->(ep:Episode) RETURN ep.id AS ep',
      { id: parisFactId },
    );
    expect(records.map((r) => r.get('ep'))).toEqual([berlin.episode.id]);

    const recall = async (asOf?: string) => {
      const response = await server.gql<{ recall: RecalledItem[] }>(RECALL, {
        userId,
        input: { query: 'Where does Alice live?', asOf },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.recall.filter((i) => i.kind === 'FACT').map((i) => i.text);
    };
    expect(await recall()).toContain('Alice lives in Berlin.');
    expect(await recall()).not.toContain('Alice lives in Paris.');
    const then = await recall('2024-01-01T00:00:00Z');
    expect(then).toContain('Alice lives in Paris.');
    expect(then).not.toContain('Alice lives in Berlin.');
  });

  it('is idempotent: the same sourceRef, or the same content, writes nothing and calls no model', async () => {
    const userId = uniqueUserId('idem');
    fake.enqueueChat({ entities: [{ ref: 'n1', name: 'Kyoto', type: 'place' }], facts: [] });
    const first = await ingest(userId, { content: 'Planning a trip to Kyoto.', sourceRef: 'msg-9' });
    const before = await graphSize(server.driver, userId);
    fake.reset();

    const again = await ingest(userId, { content: 'Planning a trip to Kyoto (edited).', sourceRef: 'msg-9' });
    expect(again).toMatchObject({
      duplicate: true,
      entitiesCreated: [],
      factsCreated: [],
      usage: { calls: 0 },
    });
    expect(again.episode.id).toBe(first.episode.id);

    fake.enqueueChat({ entities: [], facts: [] });
    const noRef = await ingest(userId, { content: 'Kyoto in April.' });
    const noRefAgain = await ingest(userId, { content: '  Kyoto in April.  ' });
    expect(noRefAgain).toMatchObject({ duplicate: true, episode: { id: noRef.episode.id } });
    expect(fake.calls.chat).toBe(1);
    expect((await graphSize(server.driver, userId)).nodes).toBe(before.nodes + 1);
  });

  it('leaves the graph unchanged when the model fails, in extraction or in embedding', async () => {
    const userId = uniqueUserId('failure');
    fake.enqueueChat({ entities: [{ ref: 'n1', name: 'Oslo', type: 'place' }], facts: [] });
    await ingest(userId, { content: 'I was born in Oslo.' });
    const before = await graphSize(server.driver, userId);

    fake.enqueueChat({ status: 500 });
    const chatDown = await server.gql(INGEST, { userId, input: { content: 'I now live in Bergen.' } });
    expect(chatDown.errors?.[0]?.extensions?.code).toBe('LLM_UNAVAILABLE');

    fake.enqueueChat({ entities: [{ ref: 'n1', name: 'Bergen', type: 'place' }], facts: [] });
    fake.failEmbeddings({ status: 503 });
    const embedDown = await server.gql(INGEST, { userId, input: { content: 'I now live in Bergen.' } });
    expect(embedDown.errors?.[0]?.extensions?.code).toBe('LLM_UNAVAILABLE');

    expect(await graphSize(server.driver, userId)).toEqual(before);
    expect(await entitiesNamed(userId, 'bergen')).toEqual([]);
  });

  it("shows the model the user's own entity and current facts though the new text names neither", async () => {
    const userId = uniqueUserId('ingest-self');
    fake.enqueueChat(
      relation(
        entity('USER', 'User', 'person'),
        'lives_in',
        entity('n1', 'Lisbon', 'place'),
        'User lives in Lisbon.',
      ),
    );
    await ingest(userId, { content: 'I live in Lisbon.', occurredAt: '2025-01-10T00:00:00Z' });
    fake.reset();
    await ingest(userId, { content: 'Last month I moved to Berlin.', occurredAt: '2025-06-10T00:00:00Z' });
    expect(fake.calls.chat).toBe(1);
    const extraction = fake.requests.find((r) => chatPromptKind(r.body) === 'extraction')!;
    const prompt = chatUserText(extraction.body);
    expect(prompt).toMatch(/KNOWN ENTITIES:\nE1 User \[person\]/);
    expect(prompt).toMatch(/KNOWN FACTS:\nF1 User lives_in Lisbon: User lives in Lisbon\./);
  });

  it('publishes the committed changes as graph updates', async () => {
    const userId = uniqueUserId('events');
    const updates: GraphUpdate[] = [];
    const unsubscribe = server.app.services.events.subscribe(userId, (u) => updates.push(u));
    fake.enqueueChat(
      relation(entity('n1', 'Sam', 'person'), 'plays', entity('n2', 'chess', 'interest'), 'Sam plays chess.'),
    );
    const result = await ingest(userId, { content: 'Sam plays chess.' });
    await expect.poll(() => updates.length).toBe(4);
    unsubscribe();
    expect(updates.map((u) => u.kind).sort()).toEqual([
      'ENTITY_CREATED',
      'ENTITY_CREATED',
      'EPISODE_INGESTED',
      'FACT_CREATED',
    ]);
    expect(updates.find((u) => u.kind === 'FACT_CREATED')?.fact).toMatchObject({
      id: result.factsCreated[0]!.id,
      statement: 'Sam plays chess.',
    });
  });

  it('ingestBatch packs episodes into one call each for chat and embeddings, in occurredAt order', async () => {
    const userId = uniqueUserId('batch');
    fake.enqueueChat({
      entities: [
        { ref: 'n1', name: 'Lena', type: 'person' },
        { ref: 'n2', name: 'Rome', type: 'place' },
      ],
      facts: [
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'visited',
          object: 'n2',
          statement: 'Lena visited Rome.',
        },
        {
          episode: 'ep2',
          subject: 'n1',
          predicate: 'likes',
          objectValue: 'espresso',
          statement: 'Lena likes espresso.',
        },
      ],
    });
    const inputs = [
      { content: 'Lena liked the espresso there.', sourceRef: 'b', occurredAt: '2025-02-02T00:00:00Z' },
      { content: 'Lena visited Rome.', sourceRef: 'a', occurredAt: '2025-02-01T00:00:00Z' },
      { content: 'Lena visited Rome.', sourceRef: 'a', occurredAt: '2025-02-01T00:00:00Z' },
    ];
    const response = await server.gql<{ ingestBatch: Array<IngestPayload> }>(INGEST_BATCH, {
      userId,
      inputs,
    });
    expect(response.errors).toBeUndefined();
    const results = response.data!.ingestBatch;
    expect(fake.calls.chat).toBe(1);
    expect(fake.calls.embeddings).toBe(1);
    expect(results.map((r) => [r.episode.sourceRef, r.duplicate])).toEqual([
      ['b', false],
      ['a', false],
      ['a', true],
    ]);
    // Refs follow occurredAt order: ep1 is the earliest (a), ep2 the next (b).
    expect(results[1]!.factsCreated.map((f) => f.statement)).toEqual(['Lena visited Rome.']);
    expect(results[0]!.packSize).toBe(2);
  });

  it('stores a fact whose value is very long, and knows it again when repeated', async () => {
    const userId = uniqueUserId('long-value');
    // Long enough that a readable key would exceed what a range index can hold (about 8 KB).
    const recipe = Array.from({ length: 600 }, (_, i) => `step ${i} stir the sauce`).join(', ');
    const extraction = {
      entities: [{ ref: 'n1', name: 'Ines', type: 'person' }],
      facts: [
        {
          episode: 'ep1',
          subject: 'n1',
          predicate: 'cooks',
          objectValue: recipe,
          statement: `Ines cooks ${recipe}.`,
        },
      ],
    };
    fake.enqueueChat(extraction);
    const first = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content: 'Ines shared her recipe.' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingest.factsCreated).toHaveLength(1);
    fake.enqueueChat(extraction);
    const again = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content: 'Ines shared it again.' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!.ingest.factsCreated).toHaveLength(0);
  });

  it('rejects empty content and oversized batches without calling the model', async () => {
    const userId = uniqueUserId('limits');
    const empty = await server.gql(INGEST, { userId, input: { content: '   ' } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inputs = Array.from({ length: 6 }, (_, i) => ({ content: `item ${i}` }));
    const big = await server.gql(INGEST_BATCH, { userId, inputs });
    expect(big.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(fake.calls.chat).toBe(0);
    expect(await graphSize(server.driver, userId)).toEqual({ nodes: 0, relationships: 0 });
  });
});
