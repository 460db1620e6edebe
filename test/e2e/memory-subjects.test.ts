// With no model at all (offline provider), through the API: the graph gets subjects right, and ragQuery and recall
// answer from it. Every sentence here was written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_ENV, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { ALICE, UNRELATED } from './alice-fixture.ts';
import { INGEST, type IngestPayload, RAG } from './memory-helpers.ts';

interface Rag {
  answer: string;
  known: boolean;
  citations: Array<{ kind: string; id: string; text: string }>;
}

describe('subjects, speakers and answers with the offline provider', () => {
  let server: TestServer;
  useTestServer({ env: OFFLINE_MODEL_ENV }, (s) => {
    server = s;
  });

  const ingest = async (userId: string, input: Record<string, unknown>) => {
    const response = await server.gql<{ ingest: IngestPayload }>(INGEST, { userId, input });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.ingest;
  };
  /** Current facts (or all, with history) as "subject predicate object" lines. */
  const facts = async (userId: string, options: { history?: boolean } = {}) => {
    const { records } = await server.driver.executeQuery(
      `MATCH (f:Fact {userId: $userId})-[:SUBJECT]->(s:Entity)
       WHERE $history OR f.invalidatedAt IS NULL
       OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
       RETURN s.name + ' ' + f.predicate + ' ' + coalesce(o.name, f.objectValue) AS line ORDER BY line`,
      { userId, history: options.history ?? false },
    );
    return records.map((r) => r.get('line') as string);
  };
  const people = async (userId: string) => {
    const { records } = await server.driver.executeQuery(
      `MATCH (e:Entity {userId: $userId, type: 'person'})
       RETURN e.name AS name, coalesce(e.isUser, false) AS isUser, e.aliases AS aliases ORDER BY name`,
      { userId },
    );
    return records.map((r) => ({ name: r.get('name'), isUser: r.get('isUser'), aliases: r.get('aliases') }));
  };

  it('keeps one node for the user: "I", the user role and, once known, their name', async () => {
    const userId = uniqueUserId('self');
    await ingest(userId, {
      content: 'I live in Porto and I love sailing.',
      occurredAt: '2025-01-01T09:00:00Z',
    });
    await ingest(userId, {
      content: 'I started learning the cello.',
      speaker: 'user',
      conversationId: 'c1',
      occurredAt: '2025-01-02T09:00:00Z',
    });
    await ingest(userId, {
      content: 'I can suggest a few cello teachers near you.',
      speaker: 'assistant',
      conversationId: 'c1',
      occurredAt: '2025-01-02T09:01:00Z',
    });
    expect(await people(userId)).toEqual([{ name: 'User', isUser: true, aliases: [] }]);

    // The user's name becomes known: first person and the name land on the same node.
    await server.driver.executeQuery('MATCH (u:User {id: $userId}) SET u.name = $name', {
      userId,
      name: 'Priya',
    });
    await ingest(userId, { content: 'Priya adores sailing.', occurredAt: '2025-01-03T09:00:00Z' });
    await ingest(userId, {
      content: 'I moved to Braga.',
      speaker: 'Priya',
      occurredAt: '2025-01-04T09:00:00Z',
    });
    expect(await people(userId)).toEqual([{ name: 'User', isUser: true, aliases: ['Priya'] }]);
    expect(await facts(userId)).toEqual(['User likes sailing', 'User lives_in Braga']);
    expect(await facts(userId, { history: true })).toContain('User lives_in Porto');
  });

  it('gives first person to the named speaker, and keeps pronouns and bare verbs out of the graph', async () => {
    const userId = uniqueUserId('speakers');
    await ingest(userId, {
      content: 'I moved to Lyon and I work at Meridian Labs.',
      speaker: 'Bruno',
      conversationId: 'team',
    });
    await ingest(userId, { content: 'Ines: My brother Rafael is a pilot.\nInes: I love that!' });
    await ingest(userId, { content: 'What is it? I guess we could support those. Is that what they want?' });
    expect(await facts(userId)).toEqual([
      'Bruno lives_in Lyon',
      'Bruno works_at Meridian Labs',
      'Ines sibling_of Rafael',
      'Rafael works_as pilot',
    ]);
    const { records } = await server.driver.executeQuery(
      'MATCH (e:Entity {userId: $userId}) RETURN e.normName AS name ORDER BY name',
      { userId },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['bruno', 'ines', 'lyon', 'meridian labs', 'rafael']);
  });

  describe('Alice, her sister and her new job, among a dozen other memories', () => {
    let userId: string;
    let engineerFactId: string;
    beforeAll(async () => {
      userId = uniqueUserId('alice');
      const first = await ingest(userId, {
        content: ALICE[0][2],
        sourceRef: ALICE[0][0],
        occurredAt: ALICE[0][1],
      });
      engineerFactId = first.factsCreated.find((f) => f.predicate === 'works_as')!.id;
      for (const [i, content] of UNRELATED.entries())
        await ingest(userId, {
          content,
          occurredAt: `2025-0${1 + (i % 3)}-${String(12 + i).padStart(2, '0')}T12:00:00Z`,
        });
      for (const [sourceRef, occurredAt, content] of ALICE.slice(1))
        await ingest(userId, { content, sourceRef, occurredAt });
    }, 180_000);

    it("says Emma lives in Berlin, as Alice's sister, and never that Alice does", async () => {
      const lines = await facts(userId);
      expect(lines).toEqual(expect.arrayContaining(['Alice sibling_of Emma', 'Emma lives_in Berlin']));
      expect(lines.filter((l) => l.startsWith('Alice') && l.includes('Berlin'))).toEqual([]);
      expect(lines.filter((l) => /^Alice's/.test(l))).toEqual([]);
    });

    it('ends the engineering job, keeps it as history, and holds the product manager job at Spotify', async () => {
      const lines = await facts(userId);
      expect(lines).toEqual(
        expect.arrayContaining([
          'Alice works_as product manager',
          'Alice works_at Spotify',
          'Alice likes hiking',
        ]),
      );
      expect(lines).not.toContain('Alice works_as software engineer');
      const { records } = await server.driver.executeQuery(
        `MATCH (f:Fact {id: $id})-[:INVALIDATED_BY]->(ep:Episode)
         RETURN toString(f.validTo) AS validTo, f.invalidatedAt IS NOT NULL AS invalidated, ep.sourceRef AS by`,
        { id: engineerFactId },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { validTo: '2025-04-01T09:00:00Z', invalidated: true, by: 'alice-3' },
      ]);
    });

    const ask = async (query: string) => {
      const response = await server.gql<{ ragQuery: Rag }>(RAG, { userId, input: { query } });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return response.data!.ragQuery;
    };

    it('ragQuery answers her current job and where Emma lives, and does not put Alice in Berlin', async () => {
      const job = await ask("What is Alice's job now?");
      expect(job.known).toBe(true);
      expect(job.answer).toMatch(/product manager/);
      expect(job.answer).not.toMatch(/software engineer/);

      const emma = await ask('Where does Emma live?');
      expect(emma.answer).toMatch(/Berlin/);

      const alice = await ask('Where does Alice live?');
      expect(alice.answer).not.toMatch(/Berlin/);
    });
  });
});
