// Hostile input, end to end: stored and returned exactly, or rejected by a limit with its code; nothing else changes.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  type GraphQLResponse,
  startTestServer,
  type TestServer,
  uniqueUserId,
  useTestServer,
} from '../support/test-server.ts';

const HOSTILE: Array<[string, string]> = [
  ['Cypher injection', `'}) DETACH DELETE n //`],
  ['Cypher injection with a backtick and a semicolon', 'x`}) MATCH (m) DETACH DELETE m; //'],
  ['a parameter name', '$userId'],
  ['a map literal', '{userId: "someone-else"}'],
  ['emoji with zero-width joiners', '👩‍👩‍👧‍👦 family 🏳️‍🌈 and 🧑🏽‍💻'],
  ['right-to-left text with an override mark', 'שלום עולם مرحبا \u202Egnp.exe\u202C'],
  ['NUL and other control characters', 'a\u0000b\u0001c\u0007d\u001b[31me\u007f\tf\r\ng\u2028h'],
  ['a lone combining mark and a BOM', '\u0301\uFEFFstart'],
  ['GraphQL syntax', '") { deleteEntities { nodesDeleted } } #'],
];

const ONE_MB = 'memory '.repeat(Math.ceil((1024 * 1024) / 7)).slice(0, 1024 * 1024);

const CREATE_ENTITY = `mutation ($userId: ID!, $name: String!, $summary: String, $aliases: [String!]!) {
  createEntities(input: [{ userId: $userId, name: $name, type: "concept", aliases: $aliases, summary: $summary }]) {
    entities { id name summary aliases }
  }
}`;
const CREATE_EPISODE = `mutation ($userId: ID!, $content: String!) {
  createEpisodes(input: [{ userId: $userId, content: $content, source: "manual", occurredAt: "2026-01-01T00:00:00Z",
    ingestedAt: "2026-01-01T00:00:00Z", contentHash: "h" }]) { episodes { id content } }
}`;
const ENTITY_BY_ID = 'query ($id: ID!) { entities(where: { id: { eq: $id } }) { name summary aliases } }';
const EPISODE_BY_ID = 'query ($id: ID!) { episodes(where: { id: { eq: $id } }) { content } }';

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** Everything stored for a user, as comparable text. */
async function snapshot(server: TestServer, userId: string): Promise<string> {
  const session = server.driver.session();
  try {
    const result = await session.run(
      'MATCH (n {userId: $userId}) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id',
      { userId },
    );
    return JSON.stringify(result.records.map((r) => [r.get('labels'), r.get('props')]));
  } finally {
    await session.close();
  }
}

describe('hostile input through the generated CRUD', () => {
  let server: TestServer;
  const userId = uniqueUserId('hostile');
  const bystander = uniqueUserId('bystander');
  let bystanderBefore: string;

  beforeAll(async () => {
    server = await startTestServer();
    const seeded = await server.gql(CREATE_ENTITY, { userId: bystander, name: 'Bystander', aliases: ['b'] });
    expect(seeded.errors).toBeUndefined();
    bystanderBefore = await snapshot(server, bystander);
  });
  afterAll(async () => {
    // Whatever happened above, the other user's graph is exactly as it was.
    if (server) expect(await snapshot(server, bystander)).toBe(bystanderBefore);
    await server?.close();
  });

  it.each(HOSTILE)('an entity named with %s is stored and returned exactly', async (_label, value) => {
    const created = await server.gql<{ createEntities: { entities: Array<{ id: string; name: string }> } }>(
      CREATE_ENTITY,
      {
        userId,
        name: value,
        summary: `summary: ${value}`,
        aliases: [value, `${value}${value}`],
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEntities.entities[0]!.id;
    const read = await server.gql(ENTITY_BY_ID, { id });
    expect(read.data).toEqual({
      entities: [{ name: value, summary: `summary: ${value}`, aliases: [value, `${value}${value}`] }],
    });

    // And it can be found by exact match, as a value and never as code.
    const found = await server.gql<{ entities: Array<{ name: string }> }>(
      'query ($u: ID!, $n: String!) { entities(where: { userId: { eq: $u }, name: { eq: $n } }) { name } }',
      { u: userId, n: value },
    );
    expect(found.data?.entities).toEqual([{ name: value }]);
  });

  it.each(HOSTILE)('an episode whose content is %s is stored and returned exactly', async (_label, value) => {
    const created = await server.gql<{ createEpisodes: { episodes: Array<{ id: string }> } }>(
      CREATE_EPISODE,
      { userId, content: value },
    );
    expect(created.errors).toBeUndefined();
    const read = await server.gql(EPISODE_BY_ID, { id: created.data!.createEpisodes.episodes[0]!.id });
    expect(read.data).toEqual({ episodes: [{ content: value }] });
  });

  it('the hostile names left every node of this user in place', async () => {
    const count = await server.gql<{ entitiesConnection: { aggregate: { count: { nodes: number } } } }>(
      'query ($u: ID!) { entitiesConnection(where: { userId: { eq: $u } }) { aggregate { count { nodes } } } }',
      { u: userId },
    );
    expect(count.data?.entitiesConnection.aggregate.count.nodes).toBe(HOSTILE.length);
  });

  it('a 1 MB free-text value (episode content, entity summary) is stored and returned exactly', async () => {
    const episode = await server.gql<{ createEpisodes: { episodes: Array<{ id: string }> } }>(
      CREATE_EPISODE,
      { userId, content: ONE_MB },
    );
    expect(episode.errors).toBeUndefined();
    const read = await server.gql<{ episodes: Array<{ content: string }> }>(EPISODE_BY_ID, {
      id: episode.data!.createEpisodes.episodes[0]!.id,
    });
    expect(read.data?.episodes[0]?.content.length).toBe(ONE_MB.length);
    expect(read.data?.episodes[0]?.content === ONE_MB).toBe(true);

    const entity = await server.gql<{ createEntities: { entities: Array<{ id: string }> } }>(CREATE_ENTITY, {
      userId,
      name: 'big',
      summary: ONE_MB,
      aliases: [],
    });
    expect(entity.errors).toBeUndefined();
    const readEntity = await server.gql<{ entities: Array<{ summary: string }> }>(ENTITY_BY_ID, {
      id: entity.data!.createEntities.entities[0]!.id,
    });
    expect(readEntity.data?.entities[0]?.summary === ONE_MB).toBe(true);
  });

  it('a 1 MB value in an indexed field is rejected with LIMIT_EXCEEDED, without Neo4j internals, and not stored', async () => {
    const before = await snapshot(server, userId);
    const response = await server.gql(
      'mutation ($u: ID!, $p: String!) { createFacts(input: [{ userId: $u, predicate: $p, statement: "s", confidence: 1 }]) { facts { id } } }',
      { u: userId, p: ONE_MB },
    );
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(JSON.stringify(response)).not.toMatch(
      /RANGE|element id|stacktrace|Neo4jError|fact_user_predicate/,
    );
    expect(await snapshot(server, userId)).toBe(before);
  });

  it('a body over MAX_BODY_BYTES gets a GraphQL-shaped 413 LIMIT_EXCEEDED', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: CREATE_EPISODE,
        variables: { userId, content: 'x'.repeat(server.config.MAX_BODY_BYTES) },
      }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as GraphQLResponse;
    expect(codeOf(body)).toBe('LIMIT_EXCEEDED');
  });

  it('a body that is not JSON gets a GraphQL-shaped 400', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(codeOf((await response.json()) as GraphQLResponse)).toBe('BAD_REQUEST');
  });
});

describe('memory operation limits', () => {
  let server: TestServer;
  const userId = uniqueUserId('limits');
  useTestServer({}, (s) => {
    server = s;
  });

  async function episodeCount(): Promise<number> {
    const result = await server.driver.executeQuery(
      'MATCH (e:Episode {userId: $userId}) RETURN count(e) AS n',
      { userId },
    );
    return result.records[0]?.get('n') as number;
  }

  it('a 1 MB ingest is refused with LIMIT_EXCEEDED (MAX_CONTENT_CHARS) and nothing is written', async () => {
    const response = await server.gql(
      'mutation ($u: ID!, $c: String!) { ingest(userId: $u, input: { content: $c }) { duplicate } }',
      {
        u: userId,
        c: ONE_MB,
      },
    );
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      limit: server.config.MAX_CONTENT_CHARS,
      actual: ONE_MB.length,
    });
    expect(await episodeCount()).toBe(0);
  });

  it('an ingestBatch above MAX_BATCH_ITEMS is refused whole with LIMIT_EXCEEDED', async () => {
    const inputs = Array.from({ length: server.config.MAX_BATCH_ITEMS + 1 }, (_, i) => ({
      content: `item ${i}`,
    }));
    const response = await server.gql(
      'mutation ($u: ID!, $in: [IngestInput!]!) { ingestBatch(userId: $u, inputs: $in) { duplicate } }',
      {
        u: userId,
        in: inputs,
      },
    );
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(await episodeCount()).toBe(0);
  });

  it('a recall above MAX_RECALL_LIMIT is refused with LIMIT_EXCEEDED', async () => {
    const response = await server.gql(
      'query ($u: ID!, $n: Int!) { recall(userId: $u, input: { query: "cats", limit: $n }) { id } }',
      {
        u: userId,
        n: server.config.MAX_RECALL_LIMIT + 1,
      },
    );
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
  });
});

describe('query shape limits', () => {
  let server: TestServer;
  useTestServer({ env: { MAX_QUERY_COST: '300' } }, (s) => {
    server = s;
  });

  const nested = (levels: number) =>
    `{ entities { ${'episodes { entities { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;

  it('a deeply nested query is refused with LIMIT_EXCEEDED before it runs', async () => {
    const response = await server.gql(nested(10));
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(
      response.errors?.map(() => 'LIMIT_EXCEEDED'),
    );
    expect(response.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
    expect(response.data).toBeUndefined();
  });

  it('1000 aliases are refused with LIMIT_EXCEEDED', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: serverInfo { version }`).join(' ');
    const response = await server.gql(`{ ${aliases} }`);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
  });

  it('40 aliases (above MAX_ALIASES, below the token cap) are refused by the alias rule', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: serverInfo { version }`).join(' ');
    const response = await server.gql(`{ ${aliases} }`);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors?.some((e) => /alias/i.test(e.message))).toBe(true);
  });

  it('an expensive query within the depth limit is refused by the cost limit', async () => {
    const fields = 'id name type aliases summary createdAt updatedAt activation accessCount pinned archived';
    const query = `{ entities(where: { userId: { eq: "nobody" } }) { ${'episodes { entities { '.repeat(4)}${fields}${' } }'.repeat(4)} } }`;
    const response = await server.gql(query);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('a document over MAX_QUERY_TOKENS is refused with LIMIT_EXCEEDED', async () => {
    const response = await server.gql(
      `{ serverInfo { ${'version '.repeat(server.config.MAX_QUERY_TOKENS)} } }`,
    );
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('an ordinary query stays within every limit', async () => {
    const response = await server.gql('{ serverInfo { version authMode } }');
    expect(response.errors).toBeUndefined();
  });

  it('the same limits apply over graphql-ws', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const run = (query: string) =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: () => {}, error: resolve, complete: () => resolve('complete') });
      });
    try {
      const depth = (await run(nested(10))) as Array<{ extensions?: { code?: string } }>;
      expect(depth[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: serverInfo { version }`).join(' ');
      const many = (await run(`{ ${aliases} }`)) as Array<{ extensions?: { code?: string } }>;
      expect(many[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      const tokens = (await run(
        `{ serverInfo { ${'version '.repeat(server.config.MAX_QUERY_TOKENS)} } }`,
      )) as Array<{
        extensions?: { code?: string };
      }>;
      expect(tokens[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      const unknown = (await run('{ serverInfo { noSuchField } }')) as Array<{
        extensions?: { code?: string };
      }>;
      expect(unknown[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const broken = (await run('{ serverInfo { ')) as Array<{ extensions?: { code?: string } }>;
      expect(broken[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(await run('{ serverInfo { version } }')).toBe('complete');
    } finally {
      await client.dispose();
    }
  });
});
