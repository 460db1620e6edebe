import { describe, expect, it } from 'vitest';
import { type Seed, seedGraph } from '../support/forget-seed.ts';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');

// Two facts equally relevant to "drinks": same length, same words but one. Only their use differs.
const DRINKS = {
  entities: [
    { key: 'tea', name: 'Tea', uses: [T0] },
    { key: 'gin', name: 'Gin', uses: [T0] },
  ],
  facts: [
    {
      key: 'fTea',
      subject: 'tea',
      statement: 'Alice drinks tea daily',
      uses: Array.from({ length: 10 }, () => T0),
    },
    { key: 'fGin', subject: 'gin', statement: 'Alice drinks gin daily', uses: [T0] },
  ],
  episodes: [],
} as const satisfies Seed;

const RECALL = `query ($userId: ID!, $query: String!) {
  recall(userId: $userId, input: { query: $query, limit: 10 }) { kind id text }
}`;
const FORGET = 'mutation ($userId: ID!) { forgetMemories(userId: $userId) { archived { factIds } } }';
const PIN =
  'mutation ($userId: ID!, $id: ID!) { pinMemory(userId: $userId, id: $id, pinned: true) { archived } }';

describe('recall and activation', () => {
  let server: TestServer;
  let now = T0;
  useTestServer({ now: () => new Date(now) }, (s) => {
    server = s;
  });

  async function recalledFacts(userId: string, query: string): Promise<string[]> {
    const response = await server.gql<{ recall: Array<{ kind: string; id: string }> }>(RECALL, {
      userId,
      query,
    });
    expect(response.errors).toBeUndefined();
    return (response.data?.recall ?? []).filter((item) => item.kind === 'FACT').map((item) => item.id);
  }

  it("recall's order follows activation: what the user keeps coming back to rises", async () => {
    const userId = uniqueUserId('forget-recall');
    const ids = await seedGraph(server.driver, userId, DRINKS);
    now = T0 + 30 * DAY;
    expect(await recalledFacts(userId, 'what does Alice drink? drinks')).toEqual([ids.fTea, ids.fGin]);

    // The user keeps asking about gin: each recall that returns it is a use.
    for (let day = 1; day <= 15; day++) {
      now = T0 + (30 + day) * DAY;
      expect(await recalledFacts(userId, 'gin')).toContain(ids.fGin);
    }
    // Uses are written behind recall, every 200 ms; fifteen quick recalls can all fit in one window.
    await server.app.services.uses.flush();
    expect(await recalledFacts(userId, 'what does Alice drink? drinks')).toEqual([ids.fGin, ids.fTea]);
  });

  it('archived memories are hidden from recall and come back with a hand edit', async () => {
    const userId = uniqueUserId('forget-recall-archive');
    const ids = await seedGraph(server.driver, userId, DRINKS);
    now = T0 + 200 * DAY;
    const report = await server.gql<{ forgetMemories: { archived: { factIds: string[] } } }>(FORGET, {
      userId,
    });
    // Ten uses keep tea; gin, used once 200 days ago, fades.
    expect(report.data?.forgetMemories.archived.factIds).toEqual([ids.fGin]);
    expect(await recalledFacts(userId, 'drinks')).toEqual([ids.fTea]);

    const pinned = await server.gql<{ pinMemory: { archived: boolean } }>(PIN, { userId, id: ids.fGin });
    expect(pinned.data?.pinMemory.archived).toBe(false);
    expect(await recalledFacts(userId, 'drinks')).toEqual([ids.fGin, ids.fTea]);
  });
});
