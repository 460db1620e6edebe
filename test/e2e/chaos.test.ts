// Chaos, end to end: contradictions within one pack and chains of them, forgetting and erasure racing ingest, and the
// database killed (kill -9) in the middle of an ingestBatch. Each asserts what was kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, ensureGraphSchema, type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/index.ts';
import { startTestServer, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

const INGEST_BATCH = /* GraphQL */ `
  mutation ($userId: ID!, $inputs: [IngestInput!]!) {
    ingestBatch(userId: $userId, inputs: $inputs) { duplicate episode { id sourceRef } }
  }`;
const FORGET = 'mutation ($userId: ID!) { forgetMemories(userId: $userId) { dryRun } }';
const ERASE = 'mutation ($userId: ID!) { eraseUser(userId: $userId) { episodes } }';

interface BatchResult {
  ingestBatch: Array<{ duplicate: boolean; episode: { id: string; sourceRef: string } }>;
}

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12)).toISOString();

/** Where the user has lived, as the graph holds it: each place with when it stopped holding. */
async function homes(server: TestServer, userId: string) {
  const { records } = await server.driver.executeQuery(
    `MATCH (f:Fact {userId: $userId, predicate: 'lives_in'})
     RETURN coalesce(f.objectValue, COLLECT { MATCH (f)-[:OBJECT]->(o) RETURN o.name }[0]) AS place,
       toString(f.validTo) AS validTo, f.invalidatedAt IS NOT NULL AS invalidated
     ORDER BY f.validFrom`,
    { userId },
  );
  return records.map((r) => ({
    place: r.get('place'),
    validTo: r.get('validTo'),
    invalidated: r.get('invalidated'),
  }));
}

/** Facts without a subject or a source, and episodes of a user: what a half-written transaction would leave. */
async function orphans(driver: TestServer['driver'], userId: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (f:Fact {userId: $userId})
     WHERE NOT EXISTS { (f)-[:SUBJECT]->() } OR NOT EXISTS { (f)-[:FROM_EPISODE]->() }
     RETURN count(f) AS n`,
    { userId },
  );
  return records[0]?.get('n') as number;
}

describe('contradictions', () => {
  let server: TestServer;
  useTestServer({}, (s) => {
    server = s;
  });

  it('two contradicting episodes in one pack: the earlier home ends when the later episode happened', async () => {
    const userId = uniqueUserId('one-pack');
    const response = await server.gql(INGEST_BATCH, {
      userId,
      inputs: [
        { content: 'I moved to Porto.', occurredAt: day(20) },
        { content: 'I live in Lisbon.', occurredAt: day(2) },
      ],
    });
    expect(response.errors).toBeUndefined();
    expect(await homes(server, userId)).toEqual([
      { place: 'Lisbon', validTo: day(20).replace('.000Z', 'Z'), invalidated: false },
      { place: 'Porto', validTo: null, invalidated: false },
    ]);
  });

  it('a chain A → B → C: each home is invalidated by the next, and only the last holds', async () => {
    const userId = uniqueUserId('chain');
    for (const [content, at] of [
      ['I live in Lisbon.', day(1)],
      ['I moved to Porto.', day(10)],
      ['I moved to Berlin.', day(20)],
    ] as const) {
      const response = await server.gql(INGEST_BATCH, { userId, inputs: [{ content, occurredAt: at }] });
      expect(response.errors).toBeUndefined();
    }
    expect(await homes(server, userId)).toEqual([
      { place: 'Lisbon', validTo: day(10).replace('.000Z', 'Z'), invalidated: true },
      { place: 'Porto', validTo: day(20).replace('.000Z', 'Z'), invalidated: true },
      { place: 'Berlin', validTo: null, invalidated: false },
    ]);
  });
});

describe('forgetting and erasure while ingest runs', () => {
  let server: TestServer;
  useTestServer({}, (s) => {
    server = s;
  });

  it('every ingest and every pass succeeds, and nothing is left half-written', async () => {
    const userId = uniqueUserId('forget-race');
    const inputs = (round: number) =>
      Array.from({ length: 4 }, (_, i) => ({
        content: `I visited museum ${round}-${i} with my friend Nora ${round}.`,
        sourceRef: `race-${round}-${i}`,
      }));
    const ingests = Array.from({ length: 12 }, (_, round) =>
      server.gql<BatchResult>(INGEST_BATCH, { userId, inputs: inputs(round) }),
    );
    const passes = Array.from({ length: 6 }, () => server.gql(FORGET, { userId }));
    const results = await Promise.all([...ingests, ...passes]);
    for (const result of results) expect(result.errors).toBeUndefined();
    const { records } = await server.driver.executeQuery(
      'MATCH (ep:Episode {userId: $userId}) RETURN count(ep) AS n',
      { userId },
    );
    expect(records[0]?.get('n')).toBe(48);
    expect(await orphans(server.driver, userId)).toBe(0);
  });

  it('erasure racing ingest: nothing fails, nothing half-written, and a final erasure leaves no node', async () => {
    const userId = uniqueUserId('erase-race');
    const work = [
      ...Array.from({ length: 8 }, (_, round) =>
        server.gql(INGEST_BATCH, {
          userId,
          inputs: [{ content: `I bought a lamp number ${round} from Ikea.`, sourceRef: `lamp-${round}` }],
        }),
      ),
      ...Array.from({ length: 3 }, () => server.gql(ERASE, { userId })),
    ];
    for (const result of await Promise.all(work)) expect(result.errors).toBeUndefined();
    expect(await orphans(server.driver, userId)).toBe(0);
    expect((await server.gql(ERASE, { userId })).errors).toBeUndefined();
    const { records } = await server.driver.executeQuery(
      'MATCH (n) WHERE n.userId = $userId OR (n:User AND n.id = $userId) RETURN count(n) AS n',
      { userId },
    );
    expect(records[0]?.get('n')).toBe(0);
  });
});

describe('the database killed in the middle of an ingestBatch', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j;
  let server: TestServer;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-chaos-neo4j-'));
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', quickStart: true });
    const driver = createDriver({ uri: neo4j.uri });
    await ensureGraphSchema(driver, { embeddingDimensions: 256 }).finally(() => driver.close());
    server = await startTestServer({}, { neo4jUri: neo4j.uri });
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged episode, writes no pack in part, and takes the batch again after recovery', async () => {
    const userId = uniqueUserId('killed');
    // 40 inputs: five packs of eight, each pack one transaction.
    const batch = (n: number) =>
      Array.from({ length: 40 }, (_, i) => ({
        content: `Batch ${n}: I tried recipe ${i} from the book my sister Ana gave me.`,
        sourceRef: `b${n}-${String(i).padStart(2, '0')}`,
        occurredAt: new Date(Date.UTC(2026, 0, 1, 0, n * 40 + i)).toISOString(),
      }));
    const acknowledged: string[] = [];
    for (let n = 0; n < 2; n++) {
      const response = await server.gql<BatchResult>(INGEST_BATCH, { userId, inputs: batch(n) });
      expect(response.errors).toBeUndefined();
      acknowledged.push(...response.data!.ingestBatch.map((r) => r.episode.sourceRef));
    }

    const interrupted = server.gql<BatchResult>(INGEST_BATCH, { userId, inputs: batch(2) });
    await new Promise((resolve) => setTimeout(resolve, 150));
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.stop();
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', port: neo4j.port, quickStart: true });
    // The driver retries the transaction in flight; the batch ends acknowledged (then all of it must be there) or
    // with a coded error, never a silent partial success.
    const answer = await interrupted;
    if (answer.errors) expect(answer.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    else acknowledged.push(...answer.data!.ingestBatch.map((r) => r.episode.sourceRef));

    const stored = async () => {
      const { records } = await server.driver.executeQuery(
        'MATCH (ep:Episode {userId: $userId}) RETURN ep.sourceRef AS ref ORDER BY ref',
        { userId },
      );
      return records.map((r) => r.get('ref') as string);
    };
    await expect
      .poll(async () => (await stored().catch(() => null)) !== null, { timeout: 30_000 })
      .toBe(true);
    const afterCrash = await stored();
    for (const ref of acknowledged) expect(afterCrash).toContain(ref);
    // Packs of the interrupted batch are all there or all absent.
    const interruptedRefs = batch(2).map((input) => input.sourceRef);
    for (let pack = 0; pack < 5; pack++) {
      const refs = interruptedRefs.slice(pack * 8, pack * 8 + 8);
      const present = refs.filter((ref) => afterCrash.includes(ref)).length;
      expect([0, 8]).toContain(present);
    }
    expect(await orphans(server.driver, userId)).toBe(0);

    // Sent again, the batch completes: what was stored is a duplicate, the rest is written, each exactly once.
    await expect
      .poll(async () => (await server.gql<BatchResult>(INGEST_BATCH, { userId, inputs: batch(2) })).errors, {
        timeout: 30_000,
        interval: 1000,
      })
      .toBeUndefined();
    const final = await stored();
    expect(final).toHaveLength(120);
    expect(new Set(final).size).toBe(120);
  }, 240_000);
});
