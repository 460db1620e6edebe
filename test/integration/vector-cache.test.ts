// The vector cache's bounds, against the real Neo4j: it holds users within its memory budget (least recently
// recalled evicted first), never holds a user larger than half of it, and drops a user whose version went back.
import { afterAll, describe, expect, it } from 'vitest';
import { VectorCache } from '../../src/memory/vector-cache.ts';
import { createDriver } from '../../src/neo4j/index.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const driver = createDriver({ uri: testNeo4jUri() });
afterAll(() => driver.close());
const DIMENSIONS = 8;

/** A user with `n` episodes and `n` facts carrying vectors, at vectors version `version`. */
async function seedUser(n: number, version = 1): Promise<string> {
  const userId = uniqueUserId('vector-cache');
  await driver.executeQuery(
    `MERGE (u:User {id: $userId}) SET u.vectorsVersion = $version
     WITH u UNWIND range(1, $n) AS i
     CREATE (:Episode {id: $userId + '-ep-' + i, userId: $userId, vseq: $version,
       embedding: [j IN range(1, $dimensions) | toFloat((i + j) % 5)]})
     CREATE (:Fact {id: $userId + '-f-' + i, userId: $userId, vseq: $version,
       embedding: [j IN range(1, $dimensions) | toFloat((i * j) % 7)]})`,
    { userId, n, version, dimensions: DIMENSIONS },
  );
  return userId;
}

/** Asks for the user (a miss starts a load), waits for the load, and says whether the user is held now. */
async function holds(cache: VectorCache, userId: string): Promise<boolean> {
  if (cache.take(userId, DIMENSIONS)) return true;
  await cache.settled();
  return cache.take(userId, DIMENSIONS) !== undefined;
}

describe('VectorCache', () => {
  it('keeps within its budget, evicting the least recently recalled user', async () => {
    // About 10 KB a user of 20 rows (three tables reserved for 64 rows, and per-row overhead): room for two such
    // users, not three.
    const cache = new VectorCache({ driver }, { maxBytes: 22_000 });
    const [a, b, c] = [await seedUser(10), await seedUser(10), await seedUser(10)];
    expect(await holds(cache, a)).toBe(true);
    expect(await holds(cache, b)).toBe(true);
    expect(await holds(cache, a)).toBe(true); // a recalled again: b is now the least recent
    expect(await holds(cache, c)).toBe(true);
    expect(cache.bytes).toBeLessThanOrEqual(22_000);
    expect(cache.take(b, DIMENSIONS)).toBeUndefined();
    expect(cache.take(a, DIMENSIONS)?.episodes.size).toBe(10);
    await cache.close();
  });

  it('does not hold a user larger than half its budget', async () => {
    const cache = new VectorCache({ driver }, { maxBytes: 20_000 });
    const [big, small] = [await seedUser(40), await seedUser(10)];
    expect(await holds(cache, big)).toBe(false);
    expect(await holds(cache, small)).toBe(true);
    await cache.close();
  });

  it('applies what a recall read since its version, and drops a user whose version went back', async () => {
    const cache = new VectorCache({ driver }, { maxBytes: 1_000_000 });
    const userId = await seedUser(3, 5);
    expect(await holds(cache, userId)).toBe(true);
    const held = cache.take(userId, DIMENSIONS)!;
    expect(held.version).toBe(5);
    const embedding = Array.from({ length: DIMENSIONS }, (_, j) => j);
    cache.update(userId, held, 6, [{ id: 'new-episode', embedding }], []);
    expect(cache.take(userId, DIMENSIONS)).toMatchObject({ version: 6 });
    expect(held.episodes.size).toBe(4);
    // The user was erased and written again from a lower version: held vectors are no longer theirs.
    cache.update(userId, held, 2, [], []);
    expect(cache.take(userId, DIMENSIONS)).toBeUndefined();
    await cache.close();
  });

  it('holds entity vectors apart, current as of what ingest read under the lock', async () => {
    const cache = new VectorCache({ driver }, { maxBytes: 1_000_000 });
    const userId = await seedUser(2, 5);
    await driver.executeQuery(
      `CREATE (:Entity {id: $userId + '-e', userId: $userId, vseq: 5, embedding: [j IN range(1, $dimensions) | 1.0]})`,
      { userId, dimensions: DIMENSIONS },
    );
    expect(await holds(cache, userId)).toBe(true);
    const held = cache.take(userId, DIMENSIONS)!;
    expect([held.entities.size, held.entitiesVersion]).toEqual([1, 5]);
    const embedding = Array.from({ length: DIMENSIONS }, (_, j) => j);
    // A recall's delta leaves the entities' version alone; ingest's moves it.
    cache.update(userId, held, 7, [], []);
    expect(held.entitiesVersion).toBe(5);
    expect(cache.updateEntities(userId, held, 7, [{ id: 'new-entity', embedding }], true)).toBe(true);
    expect([held.entities.size, held.entitiesVersion]).toEqual([2, 7]);
    // More rows than one statement reads: the user is dropped, and resolution uses the indexes.
    expect(cache.updateEntities(userId, held, 8, [], false)).toBe(false);
    expect(cache.take(userId, DIMENSIONS)).toBeUndefined();
    await cache.close();
  });
});
