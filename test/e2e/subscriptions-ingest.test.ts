// An ingest announces what it wrote, in order, after its transaction commits (offline model provider).
import { describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_ENV, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { INGEST, type IngestPayload } from './memory-helpers.ts';
import { subscribe } from './subscriptions-helpers.ts';

describe('graph updates from ingest', () => {
  let server: TestServer;
  useTestServer({ env: OFFLINE_MODEL_ENV }, (s) => {
    server = s;
  });

  it('publishes the episode, then its entities, then its facts, with consecutive sequence numbers', async () => {
    const userId = uniqueUserId('ingest-events');
    const subscriber = await subscribe(server, userId);
    const response = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: {
        content: 'Alice is a software engineer who loves hiking and photography.',
        sourceRef: 'msg-1',
      },
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.ingest;
    const expected = 1 + result.entitiesCreated.length + result.factsCreated.length;
    const updates = await subscriber.waitFor(expected);

    expect(updates.map((u) => u.kind)).toEqual([
      'EPISODE_INGESTED',
      ...result.entitiesCreated.map(() => 'ENTITY_CREATED'),
      ...result.factsCreated.map(() => 'FACT_CREATED'),
    ]);
    expect(updates[0]).toMatchObject({
      nodeId: result.episode.id,
      episode: { id: result.episode.id, userId },
    });
    expect(
      updates
        .filter((u) => u.kind === 'ENTITY_CREATED')
        .map((u) => u.entity?.name)
        .sort(),
    ).toEqual(result.entitiesCreated.map((e) => e.name).sort());
    expect(
      updates
        .filter((u) => u.kind === 'FACT_CREATED')
        .map((u) => u.nodeId)
        .sort(),
    ).toEqual(result.factsCreated.map((f) => f.id).sort());
    const first = updates[0]!.sequence;
    expect(updates.map((u) => u.sequence)).toEqual(updates.map((_, i) => first + i));

    // The same input again is a duplicate: nothing is written, nothing is announced.
    const again = await server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: {
        content: 'Alice is a software engineer who loves hiking and photography.',
        sourceRef: 'msg-1',
      },
    });
    expect(again.data!.ingest.duplicate).toBe(true);
    await server.gql(INGEST, { userId, input: { content: 'Alice owns a camera.', sourceRef: 'msg-2' } });
    const [next] = (await subscriber.waitFor(expected + 1)).slice(expected);
    await subscriber.close();
    expect(next).toMatchObject({
      kind: 'EPISODE_INGESTED',
      sequence: first + expected,
      episode: { content: 'Alice owns a camera.' },
    });
  });
});
