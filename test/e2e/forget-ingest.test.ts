import { describe, expect, it } from 'vitest';
import { entity, type FakeOpenAI, relation } from '../support/fake-openai.ts';
import { memoryState } from '../support/forget-seed.ts';
import { useFakeModelServer } from '../support/model-server.ts';
import { type TestServer, uniqueUserId } from '../support/test-server.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');

const INGEST = `mutation ($userId: ID!, $input: IngestInput!) {
  ingest(userId: $userId, input: $input) { entitiesCreated { id name } factsCreated { id } }
}`;
const FORGET = `mutation ($userId: ID!) {
  forgetMemories(userId: $userId) { archived { entityIds factIds } deleted { entityIds } }
}`;
const RECALL = `query ($userId: ID!, $query: String!) {
  recall(userId: $userId, input: { query: $query }) { kind id }
}`;

interface ForgetData {
  forgetMemories: { archived: { entityIds: string[]; factIds: string[] }; deleted: { entityIds: string[] } };
}

describe('archived memories come back when an ingest mentions them again', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  let now = T0;
  useFakeModelServer(
    { LLM_MAX_RETRIES: '0' },
    (f, s) => {
      fake = f;
      server = s;
    },
    { now: () => new Date(now) },
  );

  const ingest = async (userId: string, content: string) => {
    const response = await server.gql<{ ingest: { entitiesCreated: Array<{ id: string; name: string }> } }>(
      INGEST,
      { userId, input: { content, source: 'chat', occurredAt: new Date(now).toISOString() } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.ingest;
  };
  const recalled = async (userId: string, query: string) => {
    const response = await server.gql<{ recall: Array<{ kind: string; id: string }> }>(RECALL, {
      userId,
      query,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.recall.map((item) => item.id);
  };

  it('revives the archived entity, which recall then finds and the next pass keeps', async () => {
    const userId = uniqueUserId('forget-ingest');
    fake.enqueueChat(
      relation(
        entity('n1', 'Alice', 'person'),
        'tried',
        entity('n2', 'knitting', 'interest'),
        'Alice tried knitting.',
      ),
    );
    const first = await ingest(userId, 'Alice tried knitting once.');
    const knitting = first.entitiesCreated.find((e) => e.name === 'knitting')!.id;
    const alice = first.entitiesCreated.find((e) => e.name === 'Alice')!.id;

    now = T0 + 200 * DAY;
    const faded = await server.gql<ForgetData>(FORGET, { userId });
    expect(faded.data?.forgetMemories.archived.entityIds).toEqual(expect.arrayContaining([knitting, alice]));
    expect(await recalled(userId, 'knitting')).not.toContain(knitting);

    now = T0 + 201 * DAY;
    fake.enqueueChat({ entities: [{ ref: 'n1', name: 'knitting', type: 'interest' }], facts: [] });
    const again = await ingest(userId, 'Knitting again today, I had forgotten how relaxing it is.');
    expect(again.entitiesCreated).toEqual([]);
    const state = await memoryState(server.driver, userId);
    expect(state.get(knitting)).toBe('active');
    expect(state.get(alice)).toBe('archived');
    expect(await recalled(userId, 'knitting')).toContain(knitting);

    now = T0 + 202 * DAY;
    const kept = await server.gql<ForgetData>(FORGET, { userId });
    expect(kept.data?.forgetMemories.archived.entityIds).not.toContain(knitting);
    expect(kept.data?.forgetMemories.deleted.entityIds).not.toContain(knitting);
  });
});
