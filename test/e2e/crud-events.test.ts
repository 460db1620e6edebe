// Generated create mutations that select the created nodes (every shape a client may choose) answer with the right
// data and announce the nodes to subscribers.
import { describe, expect, it } from 'vitest';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { subscribe } from './subscriptions-helpers.ts';

const entity = (userId: string, name: string) => ({ userId, name, type: 'person', aliases: [] });
const episode = (userId: string, content: string) => ({
  userId,
  content,
  source: 'manual',
  occurredAt: '2024-01-01T00:00:00.000Z',
  ingestedAt: '2024-01-01T00:00:00.000Z',
  contentHash: `hash-${content}`,
});
const createEntities = (selection: string, extra = '') =>
  `mutation ($input: [EntityCreateInput!]!) { createEntities(input: $input) { ${selection} } } ${extra}`;
const createEpisodes = (selection: string) =>
  `mutation ($input: [EpisodeCreateInput!]!) { createEpisodes(input: $input) { ${selection} } }`;
const UUID = /^[0-9a-f-]{36}$/;

describe('generated create mutations with events', () => {
  let server: TestServer;
  useTestServer({}, (s) => {
    server = s;
  });

  it('answers entity creates with the selected fields, however they are selected, and announces each', async () => {
    const userId = uniqueUserId('crud-ent');
    const subscriber = await subscribe(server, userId);
    const run = async (query: string, names: string[]) => {
      const response = await server.gql<{ createEntities: Record<string, unknown> }>(query, {
        input: names.map((n) => entity(userId, n)),
      });
      expect(response.errors).toBeUndefined();
      return response.data!.createEntities;
    };

    const withId = await run(createEntities('entities { id name }'), ['A']);
    expect(withId).toEqual({ entities: [{ id: expect.stringMatching(UUID), name: 'A' }] });
    const withoutId = await run(createEntities('entities { name type }'), ['B', 'C']);
    expect(withoutId).toEqual({
      entities: [
        { name: 'B', type: 'person' },
        { name: 'C', type: 'person' },
      ],
    });
    const aliased = await run(createEntities('made: entities { key: id label: name }'), ['D']);
    expect(aliased).toEqual({ made: [{ key: expect.stringMatching(UUID), label: 'D' }] });
    // The same nodes under two names: @neo4j/graphql alone answers this with "Variable `create_this1` not defined".
    const twice = await run(createEntities('a: entities { name } b: entities { id userId }'), ['E']);
    expect(twice).toEqual({
      a: [{ name: 'E' }],
      b: [{ id: expect.stringMatching(UUID), userId }],
    });
    const fragment = await run(
      createEntities(
        '...Made info { nodesCreated }',
        'fragment Made on CreateEntitiesMutationResponse { m: entities { name } }',
      ),
      ['F'],
    );
    expect(fragment).toEqual({ m: [{ name: 'F' }], info: { nodesCreated: 1 } });
    const skipped = await run(createEntities('entities @skip(if: true) { name } info { nodesCreated }'), [
      'G',
    ]);
    expect(skipped).toEqual({ info: { nodesCreated: 1 } });
    const statsOnly = await run(createEntities('info { nodesCreated }'), ['H']);
    expect(statsOnly).toEqual({ info: { nodesCreated: 1 } });

    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const updates = await subscriber.waitFor(names.length);
    await subscriber.close();
    expect(updates.map((u) => u.kind)).toEqual(names.map(() => 'ENTITY_CREATED'));
    expect(updates.map((u) => u.entity?.name)).toEqual(names);
    expect(updates.every((u) => u.userId === userId && u.nodeId === u.entity?.id)).toBe(true);
    expect(updates[0]!.nodeId).toBe((withId.entities as Array<{ id: string }>)[0]!.id);
    expect(updates[4]!.nodeId).toBe((twice.b as Array<{ id: string }>)[0]!.id);
  });

  it('answers episode creates with the selected fields and announces each', async () => {
    const userId = uniqueUserId('crud-epi');
    const subscriber = await subscribe(server, userId);
    const withId = await server.gql<{ createEpisodes: { episodes: Array<{ id: string }> } }>(
      createEpisodes('episodes { id }'),
      { input: [episode(userId, 'first')] },
    );
    expect(withId.errors).toBeUndefined();
    expect(withId.data?.createEpisodes.episodes).toEqual([{ id: expect.stringMatching(UUID) }]);
    const withoutId = await server.gql(createEpisodes('episodes { content source }'), {
      input: [episode(userId, 'second')],
    });
    expect(withoutId).toEqual({
      data: { createEpisodes: { episodes: [{ content: 'second', source: 'manual' }] } },
    });
    const aliased = await server.gql(createEpisodes('made: episodes { ref: id text: content }'), {
      input: [episode(userId, 'third')],
    });
    expect(aliased.errors).toBeUndefined();
    expect(aliased.data).toEqual({
      createEpisodes: { made: [{ ref: expect.stringMatching(UUID), text: 'third' }] },
    });

    const updates = await subscriber.waitFor(3);
    await subscriber.close();
    expect(updates.map((u) => u.episode?.content)).toEqual(['first', 'second', 'third']);
    expect(new Set(updates.map((u) => u.kind)).size).toBe(1);
    expect(updates[0]!.nodeId).toBe(withId.data?.createEpisodes.episodes[0]?.id);
    expect(updates.every((u) => u.userId === userId)).toBe(true);
  });

  it('refuses, before writing, two names for the created nodes whose fields clash', async () => {
    const userId = uniqueUserId('crud-clash');
    const response = await server.gql(createEntities('a: entities { x: name } b: entities { x: type }'), {
      input: [entity(userId, 'Clash')],
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { records } = await server.driver.executeQuery(
      'MATCH (e:Entity {userId: $userId}) RETURN count(e) AS n',
      {
        userId,
      },
    );
    expect(records[0]!.get('n')).toBe(0);
  });

  it("announces the nodes created and deleted inside a mutation's input, and only those", async () => {
    const userId = uniqueUserId('crud-nested');
    const kept = await server.gql<{ createEpisodes: { episodes: Array<{ id: string }> } }>(
      createEpisodes('episodes { id }'),
      { input: [episode(userId, 'said before')] },
    );
    const keptId = kept.data!.createEpisodes.episodes[0]!.id;
    const subscriber = await subscribe(server, userId);

    // A fact with a new subject, one new source and one existing source (connected: not announced as new).
    const created = await server.gql<{
      createFacts: {
        facts: Array<{
          id: string;
          subject: { id: string };
          sources: Array<{ id: string; content: string }>;
        }>;
      };
    }>(
      `mutation ($input: [FactCreateInput!]!) {
        createFacts(input: $input) { facts { id subject { id } sources { id content } } }
      }`,
      {
        input: [
          {
            userId,
            predicate: 'likes',
            statement: 'Nora likes green tea',
            confidence: 0.9,
            subject: { create: { node: entity(userId, 'Nora') } },
            sources: {
              connect: [{ where: { node: { id: { eq: keptId } } } }],
              create: [{ node: episode(userId, 'said just now') }],
            },
          },
        ],
      },
    );
    expect(created.errors).toBeUndefined();
    const fact = created.data!.createFacts.facts[0]!;
    const newSource = fact.sources.find((s) => s.content === 'said just now')!;

    // An update that deletes that new source through the fact.
    const updated = await server.gql(
      `mutation ($u: ID!, $id: ID!, $ep: ID!) {
        updateFacts(where: { userId: { eq: $u }, id: { eq: $id } },
          update: { sources: [{ delete: [{ where: { node: { id: { eq: $ep } } } }] }] }) { facts { id } }
      }`,
      { u: userId, id: fact.id, ep: newSource.id },
    );
    expect(updated.errors).toBeUndefined();

    // Deleting the entity deletes its fact too, inside the same mutation.
    const deleted = await server.gql(
      `mutation ($u: ID!, $id: ID!) {
        deleteEntities(where: { userId: { eq: $u }, id: { eq: $id } }, delete: { factsAsSubject: [{ where: {} }] }) {
          nodesDeleted
        }
      }`,
      { u: userId, id: fact.subject.id },
    );
    expect(deleted).toEqual({ data: { deleteEntities: { nodesDeleted: 2 } } });

    // One more create marks the end: the updates are ordered, so nothing else was announced before it.
    await server.gql(createEntities('info { nodesCreated }'), { input: [entity(userId, 'End')] });
    const updates = await subscriber.waitFor(8);
    await subscriber.close();
    expect(updates.map((u) => [u.kind, u.nodeId])).toEqual([
      ['ENTITY_CREATED', fact.subject.id],
      ['EPISODE_INGESTED', newSource.id],
      ['FACT_CREATED', fact.id],
      ['FACT_UPDATED', fact.id],
      ['EPISODE_DELETED', newSource.id],
      ['ENTITY_DELETED', fact.subject.id],
      ['FACT_DELETED', fact.id],
      ['ENTITY_CREATED', expect.any(String)],
    ]);
    expect(updates[0]!.entity?.name).toBe('Nora');
    expect(updates[1]!.episode?.content).toBe('said just now');
    expect(updates.some((u) => u.nodeId === keptId)).toBe(false);
  });
});
