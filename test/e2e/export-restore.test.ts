// persona-graph export / restore through the API: a user with thousands of memories round-trips into a new user with
// the same counts, statements, validity, provenance and activation; restore is idempotent; tokens decide who may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUsers } from '../../bench/lib/seed.ts';
import { captureCli } from '../support/cli.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { hs256Env, mintHs256 } from '../support/tokens.ts';

const INGEST_BATCH = /* GraphQL */ `
  mutation ($userId: ID!, $inputs: [IngestInput!]!) { ingestBatch(userId: $userId, inputs: $inputs) { status } }`;

/** The user's graph as content, with every id replaced by what it points at: equal for a faithful copy. */
async function snapshot(server: TestServer, userId: string) {
  const read = async (query: string) =>
    (await server.driver.executeQuery(query, { userId })).records.map((r) => r.get('row') as unknown);
  return {
    entities: await read(`
      MATCH (e:Entity {userId: $userId})
      RETURN e {.name, .type, .aliases, .summary, .normName, .activation, .accessLog, .accessCount, .pinned,
        .archived, .isUser, lastAccessedAt: toString(e.lastAccessedAt), createdAt: toString(e.createdAt),
        embedding: size(e.embedding)} AS row ORDER BY e.normName`),
    episodes: await read(`
      MATCH (ep:Episode {userId: $userId})
      RETURN ep {.content, .source, .sourceRef, .speaker, .conversationId, .turn, .status, .dedupKey, .factKeys,
        occurredAt: toString(ep.occurredAt), ingestedAt: toString(ep.ingestedAt),
        mentions: COLLECT { MATCH (ep)-[:MENTIONS]->(e) RETURN e.name ORDER BY e.name }} AS row
      ORDER BY ep.dedupKey`),
    facts: await read(`
      MATCH (f:Fact {userId: $userId})
      RETURN f {.statement, .predicate, .objectValue, .confidence, .activation, .accessLog, .accessCount, .pinned,
        .archived, .factKey, validFrom: toString(f.validFrom), validTo: toString(f.validTo),
        invalidatedAt: toString(f.invalidatedAt), createdAt: toString(f.createdAt),
        subject: COLLECT { MATCH (f)-[:SUBJECT]->(s) RETURN s.name }[0],
        object: COLLECT { MATCH (f)-[:OBJECT]->(o) RETURN o.name }[0],
        sources: COLLECT { MATCH (f)-[:FROM_EPISODE]->(ep) RETURN ep.dedupKey ORDER BY ep.dedupKey },
        invalidatedBy: COLLECT { MATCH (f)-[:INVALIDATED_BY]->(ep) RETURN ep.dedupKey }[0]} AS row
      ORDER BY f.statement, f.factKey`),
  };
}

describe('export and restore', () => {
  let server: TestServer;
  const alice = uniqueUserId('export-alice');
  const copy = uniqueUserId('export-copy');
  const envFor = async (userId: string) => ({
    PERSONA_GRAPH_URL: server.graphqlUrl,
    PERSONA_GRAPH_TOKEN: await mintHs256(userId),
  });
  let exported = '';

  beforeAll(async () => {
    server = await startTestServer({ ...hs256Env });
    // Thousands of memories (seeded like ingest writes them), plus real ingests: a conversation with turns and
    // context, an invalidated fact, the user's own entity.
    await seedUsers(server.driver, [alice], 1500, { now: new Date(), dimensions: 256 });
    const token = await mintHs256(alice);
    const response = await server.gql(
      INGEST_BATCH,
      {
        userId: alice,
        inputs: [
          { content: 'I live in Lisbon.', occurredAt: '2026-01-02T10:00:00Z', conversationId: 'c1' },
          { content: 'I moved to Porto.', occurredAt: '2026-03-02T10:00:00Z', conversationId: 'c1' },
          {
            content: 'My sister Emma works at Spotify.',
            occurredAt: '2026-03-03T10:00:00Z',
            speaker: 'user',
          },
        ],
      },
      { token },
    );
    expect(response.errors).toBeUndefined();
    await server.gql(INGEST_BATCH, { userId: alice, inputs: [{ content: 'I moved to Berlin.' }] }, { token });
  });
  afterAll(() => server?.close());

  it('exports everything as versioned JSON Lines, header first and end last', async () => {
    const result = await captureCli(['export', alice], await envFor(alice));
    expect(result).toMatchObject({ code: 0, err: '' });
    exported = result.out;
    const lines = exported
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({
      type: 'header',
      format: 'persona-graph-export',
      version: 1,
      userId: alice,
    });
    const { counts } = lines[0];
    expect(counts.facts).toBeGreaterThanOrEqual(1500);
    expect(lines.at(-1)).toEqual({ type: 'end', counts });
    expect(lines.filter((l) => l.type === 'fact')).toHaveLength(counts.facts);
    expect(lines.filter((l) => l.type === 'episode')).toHaveLength(counts.episodes);
  });

  it('restores into a new user the same graph, and a second restore changes nothing', async () => {
    const env = await envFor(copy);
    const first = await captureCli(['restore', copy], env, exported);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const header = JSON.parse(exported.split('\n')[0]!);
    expect(JSON.parse(first.out)).toMatchObject({ ...header.counts, fromUserId: alice, idsKept: false });

    const original = await snapshot(server, alice);
    expect(await snapshot(server, copy)).toEqual(original);
    expect(original.facts.some((f) => (f as { invalidatedBy: string | null }).invalidatedBy)).toBe(true);

    const again = await captureCli(['restore', copy], env, exported);
    expect(again.code).toBe(0);
    expect(await snapshot(server, copy)).toEqual(original);

    // The copy is a working memory: recall finds what the original holds.
    const recalled = await server.gql<{ recall: Array<{ text: string }> }>(
      'query ($u: ID!) { recall(userId: $u, input: { query: "Where does Emma work?" }) { text } }',
      { u: copy },
      { token: env.PERSONA_GRAPH_TOKEN },
    );
    expect(recalled.data?.recall.some((item) => /Spotify/.test(item.text))).toBe(true);
  });

  it('into the same user after erasure, ids are kept', async () => {
    const { records } = await server.driver.executeQuery(
      'MATCH (ep:Episode {userId: $alice}) RETURN ep.id AS id ORDER BY id',
      { alice },
    );
    const ids = records.map((r) => r.get('id'));
    const token = await mintHs256(alice);
    expect(
      (await server.gql('mutation ($u: ID!) { eraseUser(userId: $u) { episodes } }', { u: alice }, { token }))
        .errors,
    ).toBeUndefined();
    const restored = await captureCli(['restore', alice], await envFor(alice), exported);
    expect(JSON.parse(restored.out)).toMatchObject({ idsKept: true });
    const after = await server.driver.executeQuery(
      'MATCH (ep:Episode {userId: $alice}) RETURN ep.id AS id ORDER BY id',
      {
        alice,
      },
    );
    expect(after.records.map((r) => r.get('id'))).toEqual(ids);
  });

  it("refuses another user's data both ways, and files that are not a whole export", async () => {
    const bob = await envFor(uniqueUserId('export-bob'));
    const steal = await captureCli(['export', alice], bob);
    expect(steal.code).toBe(1);
    expect(steal.err).toMatch(/NOT_FOUND/);
    const plant = await captureCli(['restore', alice], bob, exported);
    expect(plant.code).toBe(1);
    expect(plant.err).toMatch(/NOT_FOUND/);

    const target = uniqueUserId('export-bad');
    const env = await envFor(target);
    const notExport = await captureCli(['restore', target], env, '{"hello": "world"}\n');
    expect(notExport.err).toMatch(/BAD_USER_INPUT/);
    const cut = exported.split('\n').slice(0, 50).join('\n');
    const truncated = await captureCli(['restore', target], env, cut);
    expect(truncated.err).toMatch(/BAD_USER_INPUT: the export was cut short/);
    const anonymous = await fetch(`${server.url}/users/${alice}/export`);
    expect(anonymous.status).toBe(401);
  });
});
