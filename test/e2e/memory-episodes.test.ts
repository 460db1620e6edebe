// Episodes as evidence: speaker, conversation turns and their context, fact keys, and the text that is embedded.
import { describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_ENV, type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';
import { INGEST_BATCH } from './memory-helpers.ts';

const INGEST_TURN = /* GraphQL */ `
  mutation Ingest($userId: ID!, $input: IngestInput!) {
    ingest(userId: $userId, input: $input) {
      duplicate
      episode { id speaker conversationId turn }
      usage { calls }
    }
  }`;

interface StoredEpisode {
  content: string;
  speaker: string | null;
  conversationId: string | null;
  turn: number | null;
  context: string | null;
  contextBefore: string[] | null;
  contextAfter: string[] | null;
  factKeys: string | null;
}

describe('episodes for retrieval', () => {
  let server: TestServer;
  useTestServer({ env: OFFLINE_MODEL_ENV }, (s) => {
    server = s;
  });

  const ingest = async (userId: string, input: Record<string, unknown>) => {
    const response = await server.gql<{
      ingest: {
        duplicate: boolean;
        episode: { id: string; speaker: string | null; conversationId: string | null; turn: number | null };
        usage: { calls: number };
      };
    }>(INGEST_TURN, { userId, input });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.ingest;
  };
  const episodes = async (userId: string): Promise<StoredEpisode[]> => {
    const { records } = await server.driver.executeQuery(
      `MATCH (ep:Episode {userId: $userId})
       RETURN ep {.content, .speaker, .conversationId, .turn, .context, .contextBefore, .contextAfter, .factKeys} AS ep
       ORDER BY ep.occurredAt, ep.turn`,
      { userId },
    );
    return records.map((r) => r.get('ep') as StoredEpisode);
  };

  it('numbers the turns of a conversation and keeps three turns either side as context', async () => {
    const userId = uniqueUserId('turns');
    const lines: Array<[string, string]> = [
      ['Nadia', 'Did you ever finish restoring that old sailboat?'],
      ['Tomas', 'Almost, I only have the mast left to varnish.'],
      ['Nadia', 'Nice, are you taking it out on the lake this summer?'],
      ['Tomas', 'I hope so, my cousin Petra wants to come along.'],
      ['Nadia', 'Tell her to bring the waterproof camera.'],
    ];
    // Two turns one at a time, then the other three in one batch (input order shuffled, same occurredAt order).
    const at = (i: number) => `2025-05-01T10:0${i}:00Z`;
    for (const i of [0, 1]) {
      const result = await ingest(userId, {
        content: lines[i]![1],
        speaker: lines[i]![0],
        conversationId: 'boat-chat',
        occurredAt: at(i),
      });
      expect(result.episode).toMatchObject({ speaker: lines[i]![0], conversationId: 'boat-chat', turn: i });
    }
    const batch = await server.gql<{ ingestBatch: Array<{ duplicate: boolean; packSize: number }> }>(
      INGEST_BATCH,
      {
        userId,
        inputs: [4, 2, 3].map((i) => ({
          content: lines[i]![1],
          speaker: lines[i]![0],
          conversationId: 'boat-chat',
          occurredAt: at(i),
        })),
      },
    );
    expect(batch.errors, JSON.stringify(batch.errors)).toBeUndefined();
    expect(batch.data!.ingestBatch.map((r) => r.packSize)).toEqual([3, 3, 3]);
    // Another conversation and a note outside any conversation do not take part.
    await ingest(userId, {
      content: 'Almost, I only have the mast left to varnish.',
      speaker: 'Tomas',
      conversationId: 'other-chat',
      occurredAt: at(5),
    });
    await ingest(userId, { content: 'Buy varnish on Saturday.', occurredAt: at(6) });

    const stored = await episodes(userId);
    const boat = stored.filter((e) => e.conversationId === 'boat-chat');
    expect(boat.map((e) => e.turn)).toEqual([0, 1, 2, 3, 4]);
    const said = lines.map(([who, text]) => `${who}: ${text}`);
    expect(boat[0]!.contextBefore).toEqual([]);
    expect(boat[0]!.contextAfter).toEqual(said.slice(1, 4));
    expect(boat[1]!.contextAfter).toEqual(said.slice(2, 5));
    expect(boat[3]!.contextBefore).toEqual(said.slice(0, 3));
    expect(boat[3]!.contextAfter).toEqual(said.slice(4, 5));
    expect(boat[4]!.context).toBe(said.slice(1, 4).join('\n'));
    expect(boat[2]!.context).toBe([...said.slice(0, 2), ...said.slice(3, 5)].join('\n'));
    for (const [i, episode] of boat.entries()) expect(episode.context).not.toContain(said[i]);

    const other = stored.find((e) => e.conversationId === 'other-chat')!;
    expect(other).toMatchObject({ turn: 0, context: '' });
    const note = stored.find((e) => e.conversationId === null)!;
    expect(note).toMatchObject({ speaker: null, turn: null, context: null });
  });

  it('re-ingesting a turn is a duplicate: no new turn, no change to its neighbours', async () => {
    const userId = uniqueUserId('turn-dup');
    const input = {
      content: 'We should repaint the kitchen blue.',
      speaker: 'user',
      conversationId: 'home',
      occurredAt: '2025-05-02T09:00:00Z',
    };
    await ingest(userId, input);
    await ingest(userId, { ...input, content: 'Blue sounds calm.', speaker: 'assistant' });
    const before = await episodes(userId);
    const again = await ingest(userId, input);
    expect(again.duplicate).toBe(true);
    expect(again.usage.calls).toBe(0);
    expect(again.episode.turn).toBe(0);
    expect(await episodes(userId)).toEqual(before);
    // The same words in another conversation are another episode.
    const elsewhere = await ingest(userId, { ...input, conversationId: 'office' });
    expect(elsewhere).toMatchObject({ duplicate: false, episode: { turn: 0, conversationId: 'office' } });
  });

  it('indexes an episode with the statements of its facts and embeds it with its speaker', async () => {
    const userId = uniqueUserId('fact-keys');
    await ingest(userId, {
      content: 'I moved to Lyon and I work at Meridian Labs.',
      speaker: 'Bruno',
      conversationId: 'intro',
      occurredAt: '2025-05-03T09:00:00Z',
    });
    const [episode] = await episodes(userId);
    expect(episode!.factKeys).toBe('Bruno works at Meridian Labs. Bruno lives in Lyon');

    const { records } = await server.driver.executeQuery(
      'MATCH (ep:Episode {userId: $userId}) RETURN ep.embedding AS embedding',
      { userId },
    );
    const stored = records[0]!.get('embedding') as number[];
    const llm = server.app.services.llm;
    const { vectors } = await llm.embed([
      'Bruno: I moved to Lyon and I work at Meridian Labs.',
      'I moved to Lyon and I work at Meridian Labs.',
    ]);
    const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
    expect(cosine(stored, vectors[0]!)).toBeCloseTo(1, 5);
    expect(cosine(stored, vectors[1]!)).toBeLessThan(0.9999);
  });
});
