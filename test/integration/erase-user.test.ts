// Erasure of a user larger than one batch, and an erasure cut off part way that a second run finishes.
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { eraseUser } from '../../src/memory/edit/erase-user.ts';
import { createDriver } from '../../src/neo4j/index.ts';
import { testNeo4jUri, uniqueUserId } from '../support/test-server.ts';

const driver = createDriver({ uri: testNeo4jUri() });
afterAll(() => driver.close());

/** A user node and `n` episodes, each with an entity and a fact about it, linked as ingest links them. */
async function seedUser(userId: string, n: number) {
  await driver.executeQuery(
    `MERGE (u:User {id: $userId})
     WITH u UNWIND range(1, $n) AS i
     CREATE (ep:Episode {id: $userId + '-ep-' + i, userId: $userId, content: 'turn ' + i})
     CREATE (e:Entity {id: $userId + '-en-' + i, userId: $userId, name: 'thing ' + i, type: 'concept'})
     CREATE (f:Fact {id: $userId + '-f-' + i, userId: $userId, statement: 'thing ' + i + ' exists'})
     CREATE (ep)-[:MENTIONS]->(e), (f)-[:SUBJECT]->(e), (f)-[:FROM_EPISODE]->(ep), (u)-[:HAS]->(e)`,
    { userId, n },
  );
}

async function nodesOf(userId: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE n.userId = $userId OR (n:User AND n.id = $userId) RETURN count(n) AS n',
    { userId },
  );
  return records[0]!.get('n') as number;
}

/** A driver whose sessions fail their write after `allowed` successful ones, as a crash part way would. */
function failingAfter(allowed: number): Driver {
  let writes = 0;
  return new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') return Reflect.get(target, prop);
      return (config: object) => {
        const session = target.session(config);
        const executeWrite = session.executeWrite.bind(session);
        session.executeWrite = ((work: Parameters<typeof executeWrite>[0]) => {
          if (++writes > allowed) throw new Error('connection lost');
          return executeWrite(work);
        }) as typeof session.executeWrite;
        return session;
      };
    },
  });
}

describe('eraseUser', () => {
  it('erases a user of several batches completely, and nobody else', async () => {
    const alice = uniqueUserId('erase-big');
    const bob = uniqueUserId('erase-bystander');
    await seedUser(alice, 25);
    await seedUser(bob, 3);
    const counts = await eraseUser({ driver }, { userId: alice, batchSize: 10 });
    expect(counts).toMatchObject({ users: 1, entities: 25, facts: 25, episodes: 25 });
    expect(await nodesOf(alice)).toBe(0);
    expect(await nodesOf(bob)).toBe(10);
  });

  it('finishes an erasure that was cut off part way when run again', async () => {
    const alice = uniqueUserId('erase-resume');
    await seedUser(alice, 25);
    await expect(eraseUser({ driver: failingAfter(2) }, { userId: alice, batchSize: 10 })).rejects.toThrow(
      'connection lost',
    );
    const left = await nodesOf(alice);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(76);
    await eraseUser({ driver }, { userId: alice, batchSize: 10 });
    expect(await nodesOf(alice)).toBe(0);
  });
});
