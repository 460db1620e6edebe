// Concurrency: many ingests for one user converge on one entity per name and lose nothing; users do not interfere.
import { describe, expect, it } from 'vitest';
import type { FakeOpenAI } from '../support/fake-openai.ts';
import { useFakeModelServer } from '../support/model-server.ts';
import { type TestServer, uniqueUserId } from '../support/test-server.ts';
import { INGEST, type IngestPayload } from './memory-helpers.ts';

const PARALLEL = 50;
const OTHER_USER_INGESTS = 10;

/** Every extraction names the same people and place; each also carries one fact of its own. */
function extraction(i: number) {
  return {
    entities: [
      { ref: 'n1', name: 'Sam', type: 'person' },
      { ref: 'n2', name: 'Berlin', type: 'place' },
      { ref: 'n3', name: 'Climbing', type: 'interest' },
    ],
    facts: [
      {
        episode: 'ep1',
        subject: 'n1',
        predicate: 'lives_in',
        object: 'n2',
        statement: 'Sam lives in Berlin.',
      },
      { episode: 'ep1', subject: 'n1', predicate: 'enjoys', object: 'n3', statement: 'Sam enjoys climbing.' },
      {
        episode: 'ep1',
        subject: 'n1',
        predicate: 'said',
        objectValue: `thing ${i}`,
        statement: `Sam said thing ${i}.`,
      },
    ],
  };
}

describe('concurrent ingests', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  useFakeModelServer({ LLM_MAX_RETRIES: '0' }, (f, s) => {
    fake = f;
    server = s;
  });

  async function graphOf(userId: string) {
    const { records } = await server.driver.executeQuery(
      `MATCH (e:Entity {userId: $userId}) WITH collect(e.normName) AS names
       CALL (names) { MATCH (ep:Episode {userId: $userId}) RETURN count(ep) AS episodes }
       CALL () { MATCH (f:Fact {userId: $userId}) WHERE f.predicate = 'said' RETURN collect(f.objectValue) AS said }
       CALL () {
         MATCH (f:Fact {userId: $userId})-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
         WHERE f.invalidatedAt IS NULL
         RETURN collect(s.normName + ' ' + f.predicate + ' ' + o.normName) AS links
       }
       CALL () {
         MATCH (n:Entity|Episode|Fact {userId: $userId})-[r]-(m) WHERE m.userId <> $userId RETURN count(r) AS crossUser
       }
       RETURN names, episodes, said, links, crossUser`,
      { userId },
    );
    const record = records[0]!;
    return {
      names: (record.get('names') as string[]).sort(),
      episodes: record.get('episodes') as number,
      said: (record.get('said') as string[]).sort(),
      links: (record.get('links') as string[]).sort(),
      crossUser: record.get('crossUser') as number,
    };
  }

  it(`${PARALLEL} parallel ingests naming the same entities, while another user ingests too`, async () => {
    const sam = uniqueUserId('race-sam');
    const other = uniqueUserId('race-other');
    fake.enqueueChat(...Array.from({ length: PARALLEL + OTHER_USER_INGESTS }, (_, i) => extraction(i)));

    const ingest = (userId: string, i: number) =>
      server.gql<{ ingest: IngestPayload }>(INGEST, {
        userId,
        input: { content: `Sam, Berlin and climbing, take ${i}.` },
      });
    const responses = await Promise.all([
      ...Array.from({ length: PARALLEL }, (_, i) => ingest(sam, i)),
      ...Array.from({ length: OTHER_USER_INGESTS }, (_, i) => ingest(other, i)),
    ]);
    // An ingest either succeeds or fails as a whole with a retryable code; never an internal error.
    const failures = responses.filter((r) => r.errors);
    expect(
      failures
        .flatMap((r) => r.errors!.map((e) => e.extensions?.code))
        .filter((c) => c !== 'SERVICE_UNAVAILABLE'),
    ).toEqual([]);
    const acknowledged = (from: number, to: number) =>
      responses
        .slice(from, to)
        .flatMap((r) => (r.errors ? [] : [r.data!.ingest.factsCreated.map((f) => f.statement)])).length;
    const mineOk = acknowledged(0, PARALLEL);
    const theirsOk = acknowledged(PARALLEL, PARALLEL + OTHER_USER_INGESTS);

    const mine = await graphOf(sam);
    const theirs = await graphOf(other);
    // One entity per normalised name, in each user's own graph.
    expect(mine.names).toEqual(['berlin', 'climbing', 'sam']);
    expect(theirs.names).toEqual(['berlin', 'climbing', 'sam']);
    // Nothing acknowledged is lost and nothing unacknowledged is half-written: one episode and one own fact each.
    expect(mine.episodes).toBe(mineOk);
    expect(theirs.episodes).toBe(theirsOk);
    expect(mine.said).toHaveLength(mineOk);
    expect(theirs.said).toHaveLength(theirsOk);
    expect(new Set([...mine.said, ...theirs.said]).size).toBe(mineOk + theirsOk);
    // The shared facts are held once, not once per ingest.
    expect(mine.links).toEqual(['sam enjoys climbing', 'sam lives_in berlin']);
    expect(theirs.links).toEqual(['sam enjoys climbing', 'sam lives_in berlin']);
    // Nothing links one user's graph to the other's.
    expect(mine.crossUser + theirs.crossUser).toBe(0);
    // The issue asks that all of them succeed; see the report if this fails (deadlocks past the retry budget).
    expect(failures.length).toBe(0);
  });
});
