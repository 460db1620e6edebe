// Entity resolution against the vector cache's held entities must resolve as the database would: an entity written
// through another instance after the user was loaded is found (read under the user's lock), one deleted there is not
// reused, and the type must still match.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entity, type FakeOpenAI, fakeModelEnv, startFakeOpenAI } from '../support/fake-openai.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { INGEST, type IngestPayload } from './memory-helpers.ts';

const DELETE_ENTITY = /* GraphQL */ `
  mutation Delete($userId: ID!, $id: ID!) {
    deleteEntities(where: { userId: { eq: $userId }, id: { eq: $id } }) { nodesDeleted }
  }`;

describe('entity resolution with held entity vectors', () => {
  let fake: FakeOpenAI;
  /** Holds users' vectors (the default). */
  let cached: TestServer;
  /** Another instance on the same database, resolving through the indexes only. */
  let other: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 256 });
    cached = await startTestServer(fakeModelEnv(fake, { LLM_MAX_RETRIES: '0' }));
    other = await startTestServer(fakeModelEnv(fake, { LLM_MAX_RETRIES: '0', RECALL_VECTOR_CACHE_MB: '0' }));
  });
  afterAll(async () => {
    await cached?.close();
    await other?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());
  const userId = uniqueUserId('held-entities');

  /** Ingests one sentence through `server`, the model naming one new entity in it; returns the entity written. */
  const ingestNaming = async (server: TestServer, content: string, name: string, type: string) => {
    fake.enqueueChat({ entities: [entity('n1', name, type)], facts: [] });
    const response = await server.gql<{ ingest: IngestPayload }>(INGEST, { userId, input: { content } });
    expect(response.errors).toBeUndefined();
    return response.data!.ingest;
  };
  const entities = async () => {
    const { records } = await cached.driver.executeQuery(
      `MATCH (e:Entity {userId: $userId}) RETURN e.id AS id, e.name AS name, e.type AS type,
         coalesce(e.aliases, []) AS aliases ORDER BY e.createdAt`,
      { userId },
    );
    return records.map((r) => r.toObject() as { id: string; name: string; type: string; aliases: string[] });
  };

  it('finds entities written elsewhere since the load, never a deleted one, and only of the same type', async () => {
    await ingestNaming(
      cached,
      'We walked across the Golden Gate Bridge at dawn.',
      'Golden Gate Bridge',
      'place',
    );
    await ingestNaming(cached, 'We rent the Lake Tahoe Cabin every winter.', 'Lake Tahoe Cabin', 'place');
    // That ingest started loading the user's vectors; the next ones resolve against them.
    await cached.app.services.vectorCache.settled();
    expect(cached.app.services.vectorCache.bytes).toBeGreaterThan(0);

    // Held: a differently spelt name with a near-identical vector is the same entity.
    await ingestNaming(cached, 'The Golden Gate Bridges were foggy again.', 'Golden Gate Bridges', 'place');
    // Written through the other instance after the load, then named again here: read under the user's lock.
    await ingestNaming(other, 'I boulder at the Riverside Climbing Gym.', 'Riverside Climbing Gym', 'place');
    await ingestNaming(
      cached,
      'Riverside Climbing Gyms opened a new wall.',
      'Riverside Climbing Gyms',
      'place',
    );
    // Same vector, another type: not the same entity.
    await ingestNaming(
      cached,
      'Lake Tahoe Cabins Inc sells timber homes.',
      'Lake Tahoe Cabins',
      'organization',
    );
    expect((await entities()).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ['Golden Gate Bridge', 'place', ['Golden Gate Bridges']],
      ['Lake Tahoe Cabin', 'place', []],
      ['Riverside Climbing Gym', 'place', ['Riverside Climbing Gyms']],
      ['Lake Tahoe Cabins', 'organization', []],
    ]);

    // Deleted through the other instance while still held here: a new entity, not the deleted one.
    const gym = (await entities()).find((e) => e.name === 'Riverside Climbing Gym')!;
    const deleted = await other.gql<{ deleteEntities: { nodesDeleted: number } }>(DELETE_ENTITY, {
      userId,
      id: gym.id,
    });
    expect(deleted.data?.deleteEntities.nodesDeleted).toBe(1);
    const again = await ingestNaming(
      cached,
      'The Riverside Climbing Gyms closed.',
      'Riverside Climbing Gyms',
      'place',
    );
    expect(again.entitiesCreated.map((e) => e.name)).toEqual(['Riverside Climbing Gyms']);
    expect((await entities()).map((e) => e.name)).not.toContain('Riverside Climbing Gym');
  });
});
