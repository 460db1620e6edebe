// Recall's in-process vector cache must not change what recall answers: a server that holds a user's vectors
// answers exactly as one that searches the vector indexes, also after another instance writes, and after forgetting.
import { describe, expect, it, vi } from 'vitest';
import { recallMemory } from '../../src/memory/recall/index.ts';
import { OFFLINE_MODEL_ENV, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { INGEST_BATCH, RECALL, type RecalledItem } from './memory-helpers.ts';

const FIRST = [
  'Marta keeps bees on the roof of her apartment in Porto.',
  'Marta rides a cargo bike to the market on Saturdays.',
  'Her brother Tomás repairs old radios in his garage.',
  'Marta is learning to play the cello with a teacher called Inês.',
  'She prefers green tea with mint over coffee.',
  'Marta works as a nurse in the night shift at the children’s hospital.',
  'Tomás is saving money for a sailing boat.',
  'Marta planted lavender and rosemary next to the hives.',
];
const LATER = [
  'Marta sold twelve jars of honey at the summer fair.',
  'Tomás found a 1950s valve radio at a flea market in Lisbon.',
  'Marta switched to the day shift in the emergency department.',
];
const QUERIES = [
  'What does Marta do with bees?',
  'honey and hives',
  'Which instrument is she learning?',
  'What is her brother into?',
  'Where does Marta work?',
];

const DELETE_EPISODE = /* GraphQL */ `
  mutation Delete($userId: ID!, $id: ID!) {
    deleteEpisodes(where: { userId: { eq: $userId }, id: { eq: $id } }) { nodesDeleted }
  }`;

describe('recall with the vector cache', () => {
  let cached: TestServer;
  let uncached: TestServer;
  // One clock for both: scores fade with time, and the two answers must be compared at the same moment.
  const now = () => new Date('2026-07-01T00:00:00Z');
  useTestServer({ env: OFFLINE_MODEL_ENV, now }, (s) => {
    cached = s;
  });
  useTestServer({ env: { ...OFFLINE_MODEL_ENV, RECALL_VECTOR_CACHE_MB: '0' }, now }, (s) => {
    uncached = s;
  });
  const userId = uniqueUserId('vector-cache');

  const ingest = async (server: TestServer, sentences: string[], day: number) => {
    const inputs = sentences.map((content, i) => ({
      content,
      sourceRef: `${day}-${i}`,
      occurredAt: new Date(Date.UTC(2026, 5, day, 9, i)).toISOString(),
    }));
    const response = await server.gql(INGEST_BATCH, { userId, inputs });
    expect(response.errors).toBeUndefined();
  };
  const recall = async (server: TestServer, query: string, asOf?: string) => {
    const response = await server.gql<{ recall: RecalledItem[] }>(RECALL, {
      userId,
      input: { query, limit: 50, ...(asOf ? { asOf } : {}) },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.recall;
  };
  /**
   * Every query answered alike by both servers: the same items, the same scores. Recalled without counting as a
   * use (as the eval does), after the uses recorded so far are written: a use changes the scores of what it used.
   * Other test files write to the same fulltext indexes meanwhile, which moves keyword scores (term statistics are
   * index-wide): a pair of answers read while that happened is read again, a few times at most.
   */
  const expectSameAnswers = async (asOf?: string) => {
    await cached.app.services.uses.flush();
    await uncached.app.services.uses.flush();
    const answer = async (server: TestServer, query: string) =>
      new Map(
        (
          await recallMemory(server.app.services, userId, { query, limit: 50, asOf, reinforce: false })
        ).items.map((item) => [item.id, item.score]),
      );
    const differences = (a: Map<string, number>, b: Map<string, number>) =>
      [...new Set([...a.keys(), ...b.keys()])]
        .filter((id) => !(Math.abs((a.get(id) ?? Number.NaN) - (b.get(id) ?? Number.NaN)) < 1e-4))
        .map((id) => `${id}: ${a.get(id)} with the cache, ${b.get(id)} without`);
    for (const query of QUERIES) {
      let found: string[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const [mine, theirs] = await Promise.all([answer(cached, query), answer(uncached, query)]);
        found = differences(mine, theirs);
        if (found.length === 0) break;
      }
      expect(found, query).toEqual([]);
    }
  };

  it('answers as the vector indexes do once it holds the user, and after writes and forgetting elsewhere', async () => {
    await ingest(cached, FIRST, 1);
    await recall(cached, QUERIES[0]!);
    // The first recall loaded the user's vectors in the background.
    await vi.waitFor(() => expect(cached.app.services.vectorCache.bytes).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    await expectSameAnswers();

    // Written through the other instance: the next recall here reads what the user gained since.
    await ingest(uncached, LATER, 2);
    const honey = await recall(cached, 'honey and hives');
    expect(honey.some((item) => /twelve jars of honey/.test(item.text))).toBe(true);
    await expectSameAnswers();
    await expectSameAnswers('2026-06-01T12:00:00Z');

    // Deleted through the other instance: gone here too, though its vector is still held.
    const bees = (await recall(uncached, 'bees on the roof')).find((item) => /keeps bees/.test(item.text));
    expect(bees?.kind).toBe('EPISODE');
    const deleted = await uncached.gql<{ deleteEpisodes: { nodesDeleted: number } }>(DELETE_EPISODE, {
      userId,
      id: bees!.id,
    });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteEpisodes.nodesDeleted).toBe(1);
    expect((await recall(cached, 'bees on the roof')).map((item) => item.id)).not.toContain(bees!.id);
    await expectSameAnswers();
  });
});
