// The authorization matrix: who may read and write which user's memory, over HTTP and graphql-ws, with real tokens.
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  type GraphQLResponse,
  startTestServer,
  type TestServer,
  uniqueUserId,
} from '../support/test-server.ts';
import {
  forgeSubject,
  hs256Env,
  type JwksIssuer,
  mintHs256,
  startJwksIssuer,
  TEST_AUDIENCE,
  TEST_ISSUER,
  tamper,
} from '../support/tokens.ts';

const ENTITIES_OF = 'query ($userId: ID!) { entities(where: { userId: { eq: $userId } }) { name userId } }';
const USERS_BY_ID = 'query ($id: ID!) { users(where: { id: { eq: $id } }) { id name } }';
const CREATE_ENTITY = `mutation ($userId: ID!, $name: String!) {
  createEntities(input: [{ userId: $userId, name: $name, type: "person", aliases: [] }]) { entities { id name userId } }
}`;
const RENAME_ENTITIES = `mutation ($userId: ID!, $name: String!) {
  updateEntities(where: { userId: { eq: $userId } }, update: { name: { set: $name } }) { entities { name } }
}`;
const DELETE_ENTITIES = `mutation ($userId: ID!) {
  deleteEntities(where: { userId: { eq: $userId } }) { nodesDeleted }
}`;
const FORGET_DRY_RUN =
  'mutation ($userId: ID!) { forgetMemories(userId: $userId, dryRun: true) { userId dryRun } }';

type Caller =
  | 'user'
  | 'otherUser'
  | 'admin'
  | 'noToken'
  | 'expired'
  | 'notYetValid'
  | 'wrongAudience'
  | 'tampered'
  | 'forgedSubject';
const BAD_TOKENS: Caller[] = ['expired', 'notYetValid', 'wrongAudience', 'tampered', 'forgedSubject'];

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

describe('authorization matrix (HS256)', () => {
  let server: TestServer;
  const alice = uniqueUserId('alice');
  const bob = uniqueUserId('bob');
  const admin = uniqueUserId('admin');
  const tokens = {} as Record<Caller, string | undefined>;

  async function as(caller: Caller, query: string, variables: Record<string, unknown>) {
    return server.gql(query, variables, { token: tokens[caller] });
  }
  async function entityNamesOf(userId: string): Promise<string[]> {
    const response = await server.gql<{ entities: Array<{ name: string }> }>(
      ENTITIES_OF,
      { userId },
      { token: tokens.admin },
    );
    expect(response.errors).toBeUndefined();
    return (response.data?.entities ?? []).map((e) => e.name).sort();
  }

  beforeAll(async () => {
    server = await startTestServer({ ...hs256Env });
    const aliceToken = await mintHs256(alice);
    Object.assign(tokens, {
      user: aliceToken,
      otherUser: await mintHs256(bob),
      admin: await mintHs256(admin, { roles: ['reader', 'admin'] }),
      noToken: undefined,
      expired: await mintHs256(alice, { expiresIn: -3600 }),
      // Valid from two minutes on: beyond the 5 s of clock skew tolerated.
      notYetValid: await mintHs256(alice, { extra: { nbf: Math.floor(Date.now() / 1000) + 120 } }),
      wrongAudience: await mintHs256(alice, { audience: 'someone-else' }),
      tampered: tamper(aliceToken),
      forgedSubject: forgeSubject(await mintHs256(bob), alice),
    });
    for (const [userId, name] of [
      [alice, 'Alice'],
      [bob, 'Bob'],
    ] as const) {
      const token = userId === alice ? tokens.user : tokens.otherUser;
      const user = await server.gql(
        'mutation ($id: ID!, $name: String!) { createUsers(input: [{ id: $id, name: $name }]) { users { id } } }',
        { id: userId, name },
        { token },
      );
      expect(user.errors).toBeUndefined();
      const entity = await server.gql(CREATE_ENTITY, { userId, name: `${name}'s cat` }, { token });
      expect(entity.errors).toBeUndefined();
    }
  });
  afterAll(() => server?.close());

  describe('generated query for alice’s memory', () => {
    it.each([
      ['user', [`Alice's cat`]],
      ['admin', [`Alice's cat`]],
      ['otherUser', []],
    ] as const)('%s sees %j', async (caller, expected) => {
      const response = await as(caller, ENTITIES_OF, { userId: alice });
      expect(response.errors).toBeUndefined();
      expect((response.data as { entities: Array<{ name: string }> }).entities.map((e) => e.name)).toEqual(
        expected,
      );
    });

    it('another user sees no entities at all but their own, even without a filter', async () => {
      const response = await server.gql<{ entities: Array<{ userId: string }> }>(
        '{ entities { userId } }',
        {},
        { token: tokens.otherUser },
      );
      expect(response.errors).toBeUndefined();
      expect(new Set(response.data?.entities.map((e) => e.userId))).toEqual(new Set([bob]));
    });

    it('another user looking up alice by id finds no such user', async () => {
      const response = await as('otherUser', USERS_BY_ID, { id: alice });
      expect(response).toEqual({ data: { users: [] } });
      expect((await as('user', USERS_BY_ID, { id: alice })).data).toEqual({
        users: [{ id: alice, name: 'Alice' }],
      });
    });

    it.each(['noToken', ...BAD_TOKENS] as Caller[])('%s gets UNAUTHENTICATED and no data', async (caller) => {
      const response = await as(caller, ENTITIES_OF, { userId: alice });
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
    });
  });

  describe('generated mutations on alice’s memory', () => {
    it('alice and the admin may create in alice’s graph', async () => {
      for (const caller of ['user', 'admin'] as const) {
        const response = await as(caller, CREATE_ENTITY, { userId: alice, name: `made by ${caller}` });
        expect(response.errors).toBeUndefined();
      }
      expect(await entityNamesOf(alice)).toEqual([`Alice's cat`, 'made by admin', 'made by user']);
    });

    it('another user cannot create in alice’s graph (FORBIDDEN) and nothing is written', async () => {
      const response = await as('otherUser', CREATE_ENTITY, { userId: alice, name: 'planted by bob' });
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(await entityNamesOf(alice)).not.toContain('planted by bob');
    });

    it('another user cannot create a user record for alice', async () => {
      const id = uniqueUserId('victim');
      const response = await as(
        'otherUser',
        'mutation ($id: ID!) { createUsers(input: [{ id: $id }]) { users { id } } }',
        { id },
      );
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect((await as('admin', USERS_BY_ID, { id })).data).toEqual({ users: [] });
    });

    it('another user’s update and delete of alice’s entities touch nothing', async () => {
      const before = await entityNamesOf(alice);
      const renamed = await as('otherUser', RENAME_ENTITIES, { userId: alice, name: 'renamed by bob' });
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data).toEqual({ updateEntities: { entities: [] } });
      const deleted = await as('otherUser', DELETE_ENTITIES, { userId: alice });
      expect(deleted.data).toEqual({ deleteEntities: { nodesDeleted: 0 } });
      expect(await entityNamesOf(alice)).toEqual(before);
    });

    it('a user cannot move their own entity into another graph by updating userId', async () => {
      const moved = await as(
        'otherUser',
        `mutation ($from: ID!, $to: ID!) {
          updateEntities(where: { userId: { eq: $from } }, update: { userId: { set: $to } }) { entities { userId } }
        }`,
        { from: bob, to: alice },
      );
      expect(codeOf(moved)).toBe('FORBIDDEN');
      expect(await entityNamesOf(bob)).toEqual([`Bob's cat`]);
      expect(await entityNamesOf(alice)).not.toContain(`Bob's cat`);
    });

    it('another user cannot link their facts to alice’s entities, nor count them', async () => {
      const aliceEntities = await as(
        'user',
        'query ($u: ID!) { entities(where: { userId: { eq: $u } }) { id } }',
        { u: alice },
      );
      const target = (aliceEntities.data as { entities: Array<{ id: string }> }).entities[0]!.id;
      const linked = await as(
        'otherUser',
        `mutation ($u: ID!, $target: ID!) {
          createFacts(input: [{ userId: $u, predicate: "likes", statement: "Bob likes it", confidence: 1,
            subject: { connect: { where: { node: { id: { eq: $target } } } } } }]) { facts { id subject { id } } }
        }`,
        { u: bob, target },
      );
      // Either refused outright or created without the link: never a fact pointing into alice's graph.
      if (!linked.errors)
        expect(
          (linked.data as { createFacts: { facts: Array<{ subject: unknown }> } }).createFacts.facts[0]
            ?.subject,
        ).toBeNull();
      const links = await server.driver.executeQuery(
        'MATCH (f:Fact)-[:SUBJECT]->(e:Entity {id: $target}) WHERE f.userId <> e.userId RETURN count(f) AS n',
        { target },
      );
      expect(links.records[0]?.get('n')).toBe(0);

      const counted = await as(
        'otherUser',
        'query ($u: ID!) { entitiesConnection(where: { userId: { eq: $u } }) { aggregate { count { nodes } } } }',
        { u: alice },
      );
      expect(counted.data).toEqual({ entitiesConnection: { aggregate: { count: { nodes: 0 } } } });
    });

    it.each(['noToken', ...BAD_TOKENS] as Caller[])('%s cannot write (UNAUTHENTICATED)', async (caller) => {
      const response = await as(caller, CREATE_ENTITY, { userId: alice, name: `by ${caller}` });
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(await entityNamesOf(alice)).not.toContain(`by ${caller}`);
    });
  });

  describe('custom operations use the same rule', () => {
    /** Callers refused access to alice's memory, with the code each gets. */
    const REFUSED: Array<[Caller, string]> = [
      ['otherUser', 'NOT_FOUND'],
      ['noToken', 'UNAUTHENTICATED'],
      ['expired', 'UNAUTHENTICATED'],
      ['wrongAudience', 'UNAUTHENTICATED'],
      ['tampered', 'UNAUTHENTICATED'],
      ['forgedSubject', 'UNAUTHENTICATED'],
    ];
    it.each([['user', undefined], ['admin', undefined], ...REFUSED] as Array<[Caller, string | undefined]>)(
      'forgetMemories for alice as %s → %s',
      async (caller, code) => {
        const response = await as(caller, FORGET_DRY_RUN, { userId: alice });
        expect(codeOf(response)).toBe(code);
        if (!code) expect(response.data).toEqual({ forgetMemories: { userId: alice, dryRun: true } });
        else expect(JSON.stringify(response)).not.toContain('Alice');
      },
    );

    const MEMORY_OPERATIONS: Array<[string, string, Record<string, unknown>]> = [
      [
        'ingest',
        'mutation ($u: ID!) { ingest(userId: $u, input: { content: "I adopted a cat" }) { duplicate } }',
        {},
      ],
      [
        'ingestBatch',
        'mutation ($u: ID!) { ingestBatch(userId: $u, inputs: [{ content: "a" }]) { duplicate } }',
        {},
      ],
      ['recall', 'query ($u: ID!) { recall(userId: $u, input: { query: "cat" }) { id text } }', {}],
      ['ragQuery', 'mutation ($u: ID!) { ragQuery(userId: $u, input: { query: "pets?" }) { answer } }', {}],
    ];
    it.each(
      MEMORY_OPERATIONS.flatMap(([name, query]) =>
        REFUSED.map(([caller, code]) => [name, caller, code, query] as const),
      ),
    )(
      '%s on alice’s memory as %s → %s, and alice’s graph is untouched',
      async (_name, caller, code, query) => {
        const before = await entityNamesOf(alice);
        const response = await as(caller as Caller, query, { u: alice });
        expect(codeOf(response)).toBe(code);
        expect(response.data ?? null).toBeNull();
        expect(await entityNamesOf(alice)).toEqual(before);
      },
    );

    it.each(['user', 'admin'] as const)(
      '%s may ingest into, recall from and ask alice’s memory',
      async (caller) => {
        for (const [name, query] of MEMORY_OPERATIONS) {
          const response = await as(caller, query, { u: alice });
          expect({ name, errors: response.errors }).toEqual({ name, errors: undefined });
        }
      },
    );

    it('pinning another user’s entity answers NOT_FOUND, as if it did not exist', async () => {
      const mine = await as('user', 'query ($u: ID!) { entities(where: { userId: { eq: $u } }) { id } }', {
        u: alice,
      });
      const id = (mine.data as { entities: Array<{ id: string }> }).entities[0]!.id;
      const response = await as(
        'otherUser',
        'mutation ($u: ID!, $id: ID!) { pinMemory(userId: $u, id: $id, pinned: true) { id } }',
        {
          u: alice,
          id,
        },
      );
      expect(codeOf(response)).toBe('NOT_FOUND');
    });
  });

  describe('an authenticated attacker using alice’s ids', () => {
    /** Alice's entity and a fact about it; bob's own entity. */
    async function targets() {
      const ids = async (caller: Caller, userId: string) =>
        (
          (
            await as(caller, 'query ($u: ID!) { entities(where: { userId: { eq: $u } }) { id } }', {
              u: userId,
            })
          ).data as { entities: Array<{ id: string }> }
        ).entities.map((e) => e.id);
      const aliceEntity = (await ids('user', alice))[0]!;
      // Alice's fact about it, written as ingest writes one (the generated API takes no nested connect here).
      const aliceFact = `${alice}-fact-${randomUUID().slice(0, 8)}`;
      await server.driver.executeQuery(
        `MATCH (e:Entity {id: $e})
         CREATE (f:Fact {id: $f, userId: $u, predicate: 'owns', statement: 'Alice owns a cat', confidence: 1.0,
           createdAt: datetime(), updatedAt: datetime()})-[:SUBJECT]->(e)`,
        { e: aliceEntity, f: aliceFact, u: alice },
      );
      return { aliceEntity, aliceFact, bobEntity: (await ids('otherUser', bob))[0]! };
    }

    /** Everything of alice's graph an attack could change: her entities' names, her facts, pins. */
    async function aliceGraph() {
      const { records } = await server.driver.executeQuery(
        `MATCH (n) WHERE n.userId = $u
         RETURN labels(n)[0] AS label, n.id AS id, n.name AS name, n.statement AS statement, n.pinned AS pinned
         ORDER BY id`,
        { u: alice },
      );
      return records.map((r) => r.toObject());
    }

    it.each([
      ['eraseUser of alice', 'mutation ($alice: ID!) { eraseUser(userId: $alice) { entities } }'],
      [
        'mergeEntities pulling alice’s entity into bob’s',
        'mutation ($bob: ID!, $bobEntity: ID!, $aliceEntity: ID!) { mergeEntities(userId: $bob, keepId: $bobEntity, mergeId: $aliceEntity) { id } }',
      ],
      [
        'mergeEntities pushing bob’s entity into alice’s',
        'mutation ($bob: ID!, $bobEntity: ID!, $aliceEntity: ID!) { mergeEntities(userId: $bob, keepId: $aliceEntity, mergeId: $bobEntity) { id } }',
      ],
      [
        'forgetEntity of alice’s entity under bob’s userId',
        'mutation ($bob: ID!, $aliceEntity: ID!) { forgetEntity(userId: $bob, entityId: $aliceEntity) { entities } }',
      ],
      [
        'forgetFact of alice’s fact under bob’s userId',
        'mutation ($bob: ID!, $aliceFact: ID!) { forgetFact(userId: $bob, factId: $aliceFact) { facts } }',
      ],
      [
        'pinMemory of alice’s fact under bob’s userId',
        'mutation ($bob: ID!, $aliceFact: ID!) { pinMemory(userId: $bob, id: $aliceFact, pinned: true) { id } }',
      ],
      [
        'generated update of alice’s fact by id',
        'mutation ($aliceFact: ID!) { updateFacts(where: { id: { eq: $aliceFact } }, update: { statement: { set: "pwned" } }) { facts { id } } }',
      ],
      [
        'generated delete of alice’s fact by id',
        'mutation ($aliceFact: ID!) { deleteFacts(where: { id: { eq: $aliceFact } }) { nodesDeleted } }',
      ],
      [
        'nested create in bob’s graph connecting alice’s fact',
        `mutation ($bob: ID!, $aliceFact: ID!) { createEntities(input: [{ userId: $bob, name: "x", type: "thing", aliases: [],
          factsAsSubject: { connect: { where: { node: { id: { eq: $aliceFact } } } } } }]) { entities { id factsAsSubject { id } } } }`,
      ],
    ])('%s changes nothing of alice’s graph', async (_name, mutation) => {
      const { aliceEntity, aliceFact, bobEntity } = await targets();
      const before = await aliceGraph();
      const variables = { alice, bob, aliceEntity, aliceFact, bobEntity };
      const used = Object.fromEntries(Object.entries(variables).filter(([k]) => mutation.includes(`$${k}`)));
      const response = await as('otherUser', mutation, used);
      // Refused, or acting as if alice's ids did not exist (nothing found, nothing linked).
      const data = JSON.stringify(response.data ?? null);
      expect(data).not.toContain(aliceFact);
      expect(data).not.toContain(aliceEntity);
      expect(await aliceGraph()).toEqual(before);
      const crossLinks = await server.driver.executeQuery(
        'MATCH (a)-[]-(b) WHERE a.userId = $alice AND b.userId IS NOT NULL AND b.userId <> $alice RETURN count(*) AS n',
        { alice },
      );
      expect(crossLinks.records[0]?.get('n')).toBe(0);
    });
  });

  describe('HTTP details', () => {
    it('a rejected token gets HTTP 401 with a GraphQL error body', async () => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.expired}` },
        body: JSON.stringify({ query: '{ serverInfo { version } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(body.errors?.[0]?.message).toMatch(/expired/);
    });

    it('a public query still works without a token', async () => {
      const response = await server.gql<{ serverInfo: { authMode: string } }>('{ serverInfo { authMode } }');
      expect(response.data?.serverInfo.authMode).toBe('jwt');
    });

    it('a malformed Authorization header counts as no token; a garbage bearer token is UNAUTHENTICATED', async () => {
      const basic = await server.gql(
        ENTITIES_OF,
        { userId: alice },
        { headers: { authorization: 'Basic YWxpY2U6cHc=' } },
      );
      expect(codeOf(basic)).toBe('UNAUTHENTICATED');
      const garbage = await server.gql(ENTITIES_OF, { userId: alice }, { token: 'not.a.jwt' });
      expect(codeOf(garbage)).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(garbage)).not.toMatch(/stack|at .*\.ts/);
    });

    it('a token signed with alg none is rejected', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const payload = Buffer.from(
        JSON.stringify({
          sub: alice,
          iss: TEST_ISSUER,
          aud: TEST_AUDIENCE,
          exp: now + 600,
          roles: ['admin'],
        }),
      ).toString('base64url');
      const response = await server.gql(ENTITIES_OF, { userId: bob }, { token: `${header}.${payload}.` });
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
    });
  });

  describe('graphql-ws connection_init', () => {
    function connect(
      token: string | undefined,
    ): Promise<{ acked: boolean; closeCode?: number; reason?: string }> {
      return new Promise((resolve) => {
        const client = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          connectionParams: token ? { authorization: `Bearer ${token}` } : {},
          on: {
            connected: () => {
              resolve({ acked: true });
              void client.dispose();
            },
            closed: (event) => {
              const { code, reason } = event as { code: number; reason: string };
              resolve({ acked: false, closeCode: code, reason });
            },
          },
          onNonLazyError: () => {},
        });
      });
    }

    it('accepts a valid token', async () => {
      expect(await connect(tokens.user)).toEqual({ acked: true });
    });

    it.each(['noToken', ...BAD_TOKENS] as Caller[])(
      'closes %s with 4403 and an Unauthenticated reason',
      async (caller) => {
        const result = await connect(tokens[caller]);
        expect(result.acked).toBe(false);
        expect(result.closeCode).toBe(4403);
        expect(result.reason).toMatch(/^Unauthenticated/);
      },
    );

    /** Subscribes to alice's graphUpdates as `caller`; resolves with the first update or the error. */
    function firstUpdate(caller: Caller): {
      result: Promise<unknown>;
      ready: Promise<void>;
      close: () => Promise<void>;
    } {
      let markReady: () => void = () => {};
      const ready = new Promise<void>((resolve) => {
        markReady = resolve;
      });
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${tokens[caller]}` },
        // The subscription is registered once the server acknowledged the connection and our subscribe message.
        on: { connected: () => setTimeout(markReady, 200) },
      });
      const result = new Promise<unknown>((resolve) => {
        const unsubscribe = client.subscribe(
          {
            query: 'subscription ($u: ID!) { graphUpdates(userId: $u) { kind userId } }',
            variables: { u: alice },
          },
          {
            next: (value) => {
              resolve(value);
              unsubscribe();
            },
            error: (error) => {
              resolve({ errors: error });
              markReady();
            },
            complete: () => {},
          },
        );
      });
      return { result, ready, close: () => client.dispose() as Promise<void> };
    }

    it('graphUpdates: alice and the admin receive alice’s updates; another user gets NOT_FOUND', async () => {
      const subscriptions = {
        user: firstUpdate('user'),
        admin: firstUpdate('admin'),
        otherUser: firstUpdate('otherUser'),
      };
      try {
        await Promise.all(Object.values(subscriptions).map((s) => s.ready));
        const ingested = await as(
          'user',
          'mutation ($u: ID!) { ingest(userId: $u, input: { content: "Alice adopted a dog named Rex." }) { duplicate } }',
          { u: alice },
        );
        expect(ingested.errors).toBeUndefined();
        for (const caller of ['user', 'admin'] as const) {
          const update = (await subscriptions[caller].result) as {
            data: { graphUpdates: { userId: string } };
          };
          expect(update.data.graphUpdates.userId).toBe(alice);
        }
        const refused = (await subscriptions.otherUser.result) as {
          errors: Array<{ extensions?: { code?: string } }>;
        };
        expect(refused.errors[0]?.extensions?.code).toBe('NOT_FOUND');
      } finally {
        await Promise.all(Object.values(subscriptions).map((s) => s.close()));
      }
    });

    it('closes a subscription with 4403 when its token expires, so no update reaches it afterwards', async () => {
      const shortLived = await mintHs256(alice, { expiresIn: 1 });
      const closed = new Promise<{ code: number; reason: string }>((resolve) => {
        const client = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          connectionParams: { authorization: `Bearer ${shortLived}` },
          on: { closed: (event) => resolve(event as { code: number; reason: string }) },
        });
        client.subscribe(
          { query: 'subscription ($u: ID!) { graphUpdates(userId: $u) { kind } }', variables: { u: alice } },
          { next: () => {}, error: () => {}, complete: () => {} },
        );
      });
      // Verification tolerates 5 s of clock skew; the socket closes once that too has passed.
      const { code, reason } = await closed;
      expect(code).toBe(4403);
      expect(reason).toMatch(/^Unauthenticated: The token has expired/);
    }, 20_000);

    it('runs an operation over the socket under the caller’s own rules', async () => {
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${tokens.otherUser}` },
      });
      try {
        const result = await new Promise<unknown>((resolve, reject) => {
          let value: unknown;
          client.subscribe(
            { query: ENTITIES_OF, variables: { userId: alice } },
            { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
          );
        });
        expect(result).toEqual({ data: { entities: [] } });
      } finally {
        await client.dispose();
      }
    });
  });
});

describe.each(['RS256', 'ES256'] as const)('tokens verified against a JWKS (%s)', (alg) => {
  let issuer: JwksIssuer;
  let server: TestServer;
  const carol = uniqueUserId('carol');

  beforeAll(async () => {
    issuer = await startJwksIssuer(alg);
    // Roles as a space-separated string under a custom claim, as some issuers send scopes.
    server = await startTestServer({
      AUTH_JWKS_URL: issuer.url,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
      AUTH_ROLES_CLAIM: 'permissions',
      AUTH_ADMIN_ROLE: 'memory:admin',
    });
  });
  afterAll(async () => {
    await server?.close();
    await issuer?.close();
  });

  it('accepts the issuer’s token for its own user and honours the configured admin role', async () => {
    const token = await issuer.mint(carol);
    const created = await server.gql(CREATE_ENTITY, { userId: carol, name: 'Carol’s bike' }, { token });
    expect(created.errors).toBeUndefined();

    const stranger = await issuer.mint(uniqueUserId('stranger'), {
      rolesClaim: 'permissions',
      roles: 'read write',
    });
    expect((await server.gql(ENTITIES_OF, { userId: carol }, { token: stranger })).data).toEqual({
      entities: [],
    });

    const admin = await issuer.mint(uniqueUserId('ops'), {
      rolesClaim: 'permissions',
      roles: 'read memory:admin',
    });
    const seen = await server.gql(ENTITIES_OF, { userId: carol }, { token: admin });
    expect(seen.data).toEqual({ entities: [{ name: 'Carol’s bike', userId: carol }] });

    // The role under the default claim name does not count: only AUTH_ROLES_CLAIM is read.
    const wrongClaim = await issuer.mint(uniqueUserId('ops'), { roles: ['memory:admin'] });
    expect((await server.gql(ENTITIES_OF, { userId: carol }, { token: wrongClaim })).data).toEqual({
      entities: [],
    });
  });

  it('rejects an HS256 token and a token from another key', async () => {
    const hs = await mintHs256(carol);
    expect(codeOf(await server.gql(ENTITIES_OF, { userId: carol }, { token: hs }))).toBe('UNAUTHENTICATED');
    const otherIssuer = await startJwksIssuer(alg);
    try {
      const foreign = await otherIssuer.mint(carol);
      expect(codeOf(await server.gql(ENTITIES_OF, { userId: carol }, { token: foreign }))).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      await otherIssuer.close();
    }
  });
});

describe('an unreachable JWKS endpoint', () => {
  it('answers SERVICE_UNAVAILABLE, not UNAUTHENTICATED, so callers retry instead of logging users out', async () => {
    const issuer = await startJwksIssuer('RS256');
    const token = await issuer.mint(uniqueUserId('dave'));
    const url = issuer.url;
    await issuer.close();
    const server = await startTestServer({
      AUTH_JWKS_URL: url,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
    });
    try {
      const response = await server.gql(ENTITIES_OF, { userId: 'anyone' }, { token });
      expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await server.close();
    }
  });
});
