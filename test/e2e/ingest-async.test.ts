// Asynchronous ingest: the episode is kept at once whatever the model does, and extracted exactly once when it can be.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatPromptKind,
  chatUserText,
  type FakeOpenAI,
  fakeModelEnv,
  startFakeOpenAI,
} from '../support/fake-openai.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { hs256Env, mintHs256 } from '../support/tokens.ts';
import { subscribe } from './subscriptions-helpers.ts';

const INGEST = /* GraphQL */ `
  mutation Ingest($userId: ID!, $input: IngestInput!, $mode: IngestMode) {
    ingest(userId: $userId, input: $input, mode: $mode) {
      status duplicate packSize
      episode { id content status }
      factsCreated { statement }
    }
  }`;
const INGEST_BATCH = /* GraphQL */ `
  mutation IngestBatch($userId: ID!, $inputs: [IngestInput!]!, $mode: IngestMode) {
    ingestBatch(userId: $userId, inputs: $inputs, mode: $mode) { status episode { id content status } }
  }`;
const EPISODE = /* GraphQL */ `
  query Episode($id: ID!) {
    episodes(where: { id: { eq: $id } }) { id status attempts processingError facts { statement } }
  }`;
const RECALL = /* GraphQL */ `
  query Recall($userId: ID!, $query: String!) {
    recall(userId: $userId, input: { query: $query, limit: 10 }) { kind id text }
  }`;
const RETRY = /* GraphQL */ `
  mutation Retry($userId: ID!, $episodeId: ID!) { retryEpisode(userId: $userId, episodeId: $episodeId) { id status } }`;

interface IngestPayload {
  status: string;
  duplicate: boolean;
  packSize: number;
  episode: { id: string; content: string; status: string };
  factsCreated: Array<{ statement: string }>;
}
interface EpisodeRow {
  id: string;
  status: string;
  attempts: number | null;
  processingError: string | null;
  facts: Array<{ statement: string }>;
}

/** The episodes of an extraction request, as the prompt lists them: "[ep1] <date> via <source>:\n<content>". */
function promptEpisodes(text: string): Array<{ ref: string; content: string }> {
  const parts = text.split(/^\[(ep\d+)\] [^\n]*:\n/m).slice(1);
  const episodes: Array<{ ref: string; content: string }> = [];
  for (let i = 0; i < parts.length; i += 2)
    episodes.push({ ref: parts[i]!, content: parts[i + 1]!.split('\n')[0]!.trim() });
  return episodes;
}

/** A model that notes every episode as a fact of the user, so each extraction leaves a visible trace. */
function noteEveryEpisode(
  fake: FakeOpenAI,
  options: { available?: () => boolean; broken?: (content: string) => boolean } = {},
): void {
  const { available = () => true, broken: isBroken = () => false } = options;
  fake.onChat((body) => {
    if (chatPromptKind(body) !== 'extraction') return undefined;
    if (!available()) return { status: 503 };
    const episodes = promptEpisodes(chatUserText(body));
    if (episodes.some((e) => isBroken(e.content))) return { malformed: true };
    return {
      entities: [],
      facts: episodes.map((e) => ({
        episode: e.ref,
        subject: 'USER',
        predicate: 'said',
        objectValue: e.content,
        statement: `The user said: ${e.content}`,
      })),
    };
  });
}

/** An OpenAI-compatible URL nothing listens on: a fake server started and closed again. */
async function unreachableModelUrl(): Promise<string> {
  const gone = await startFakeOpenAI({ dimensions: 256 });
  await gone.close();
  return gone.baseURL;
}

const modelEnv = (baseURL: string) => ({
  ...fakeModelEnv({ baseURL }),
  LLM_MAX_RETRIES: '0',
  LLM_TIMEOUT_MS: '2000',
  INGEST_WORKERS: '4',
  INGEST_POLL_MS: '50',
  INGEST_RETRY_BASE_MS: '50',
  INGEST_RETRY_MAX_MS: '200',
});

/** Waiting for the worker: test files share one database, and other files' queued episodes may be ahead. */
const WORKER = { timeout: 30_000 };

async function episodeRow(server: TestServer, id: string): Promise<EpisodeRow> {
  const response = await server.gql<{ episodes: EpisodeRow[] }>(EPISODE, { id });
  expect(response.errors).toBeUndefined();
  return response.data!.episodes[0]!;
}

describe('ingest with mode ASYNC while the model is unreachable', () => {
  let fake: FakeOpenAI;
  let down: TestServer;
  const userId = uniqueUserId('async-down');
  let episodeId = '';
  let modelBack = false;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 256 });
    noteEveryEpisode(fake, { available: () => modelBack });
    down = await startTestServer(modelEnv(await unreachableModelUrl()));
  });
  afterAll(async () => {
    await down?.close();
    await fake?.close();
  });

  it('answers QUEUED with the episode stored PENDING, and recall finds it at once', async () => {
    const content = 'Maya adopted a greyhound called Biscuit.';
    const response = await down.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content },
      mode: 'ASYNC',
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.ingest;
    expect(result).toMatchObject({ status: 'QUEUED', duplicate: false, factsCreated: [] });
    expect(result.episode).toMatchObject({ content, status: 'PENDING' });
    episodeId = result.episode.id;

    const recalled = await down.gql<{ recall: Array<{ kind: string; id: string }> }>(RECALL, {
      userId,
      query: 'greyhound Biscuit',
    });
    expect(recalled.data?.recall.map((item) => item.id)).toContain(episodeId);

    const again = await down.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content },
      mode: 'ASYNC',
    });
    expect(again.data?.ingest).toMatchObject({
      status: 'DUPLICATE',
      duplicate: true,
      episode: { id: episodeId },
    });
  });

  it('keeps trying while the model is down, and the episode stays PENDING across a restart', async () => {
    await expect
      .poll(async () => (await episodeRow(down, episodeId)).attempts ?? 0, WORKER)
      .toBeGreaterThan(1);
    const waiting = await episodeRow(down, episodeId);
    expect(waiting).toMatchObject({ status: 'PENDING', facts: [] });
    expect(waiting.processingError).toMatch(/connect|model server/i);

    await down.close();
    down = await startTestServer(modelEnv(await unreachableModelUrl()));
    expect(await episodeRow(down, episodeId)).toMatchObject({ status: 'PENDING', facts: [] });
  });

  it('is processed exactly once when the model answers again, and subscribers hear it', async () => {
    await down.close();
    // Reachable but still answering 503 until a subscriber listens, so it cannot miss the news.
    const up = await startTestServer(modelEnv(fake.baseURL));
    down = up;
    const subscriber = await subscribe(up, userId);
    modelBack = true;
    try {
      await expect.poll(async () => (await episodeRow(up, episodeId)).status, WORKER).toBe('PROCESSED');
      const processed = await episodeRow(up, episodeId);
      expect(processed.facts.map((f) => f.statement)).toEqual([
        'The user said: Maya adopted a greyhound called Biscuit.',
      ]);
      await subscriber.waitFor(1);
      await expect
        .poll(() => subscriber.updates.map((u) => u.kind))
        .toEqual(expect.arrayContaining(['EPISODE_PROCESSED', 'FACT_CREATED']));
      // Tried while it answered 503, written once: one fact, one EPISODE_PROCESSED.
      expect(subscriber.updates.filter((u) => u.kind === 'EPISODE_PROCESSED')).toHaveLength(1);
    } finally {
      await subscriber.close();
    }
  });
});

describe('two server instances sharing one queue', () => {
  let fake: FakeOpenAI;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 256 });
    noteEveryEpisode(fake);
    [first, second] = await Promise.all([
      startTestServer(modelEnv(fake.baseURL)),
      startTestServer(modelEnv(fake.baseURL)),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await fake?.close();
  });

  it('extract every queued episode exactly once, each user in the order the episodes came', async () => {
    const users = [uniqueUserId('queue-a'), uniqueUserId('queue-b'), uniqueUserId('queue-c')];
    const sent = new Map<string, string[]>();
    // Three requests per user, alternating between the instances, so both workers find work at the same time.
    for (let round = 0; round < 3; round++)
      await Promise.all(
        users.map(async (userId, u) => {
          const contents = Array.from(
            { length: 5 },
            (_, i) => `${userId} note ${round}.${i}: day ${round * 5 + i}.`,
          );
          sent.set(userId, [...(sent.get(userId) ?? []), ...contents]);
          const server = (round + u) % 2 === 0 ? first : second;
          const response = await server.gql<{ ingestBatch: Array<{ status: string }> }>(INGEST_BATCH, {
            userId,
            inputs: contents.map((content) => ({ content, occurredAt: '2026-11-02T10:00:00Z' })),
            mode: 'ASYNC',
          });
          expect(response.errors).toBeUndefined();
          expect(response.data!.ingestBatch.every((r) => r.status === 'QUEUED')).toBe(true);
        }),
      );

    for (const userId of users)
      await expect
        .poll(async () => {
          const { records } = await first.driver.executeQuery(
            "MATCH (ep:Episode {userId: $userId}) WHERE ep.status = 'PROCESSED' RETURN count(ep) AS n",
            { userId },
          );
          return records[0]?.get('n');
        }, WORKER)
        .toBe(15);

    const extracted = fake.requests
      .filter((r) => chatPromptKind(r.body) === 'extraction')
      .flatMap((r) => promptEpisodes(chatUserText(r.body)).map((e) => e.content));
    for (const userId of users) {
      const mine = extracted.filter((content) => content.startsWith(`${userId} `));
      // Each episode went to the model once, and in the order it was sent.
      expect(mine).toEqual(sent.get(userId));
      const { records } = await first.driver.executeQuery(
        `MATCH (ep:Episode {userId: $userId})
         RETURN ep.content AS content, COUNT { (ep)<-[:FROM_EPISODE]-(:Fact) } AS facts`,
        { userId },
      );
      expect(records.map((r) => r.get('facts'))).toEqual(Array(15).fill(1));
    }
  });
});

describe('an episode the model cannot extract', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  let broken = true;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 256 });
    noteEveryEpisode(fake, { broken: (content) => broken && content.includes('unreadable') });
    server = await startTestServer({ ...modelEnv(fake.baseURL), ...hs256Env, INGEST_MAX_BAD_OUTPUTS: '2' });
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  it('fails alone with its error kept, and can be retried by its own user only', async () => {
    const userId = uniqueUserId('async-bad');
    const token = await mintHs256(userId);
    const response = await server.gql<{ ingestBatch: Array<{ episode: { id: string; content: string } }> }>(
      INGEST_BATCH,
      {
        userId,
        inputs: ['Kept one.', 'The unreadable one.', 'Kept two.'].map((content, i) => ({
          content,
          occurredAt: `2026-11-0${i + 1}T10:00:00Z`,
        })),
        mode: 'ASYNC',
      },
      { token },
    );
    expect(response.errors).toBeUndefined();
    const [one, bad, two] = response.data!.ingestBatch.map((r) => r.episode.id);
    const row = async (id: string) => {
      const result = await server.gql<{ episodes: EpisodeRow[] }>(EPISODE, { id }, { token });
      return result.data!.episodes[0]!;
    };
    await expect.poll(async () => (await row(bad!)).status, WORKER).toBe('FAILED');
    const failed = await row(bad!);
    expect(failed.processingError).toMatch(/unusable output/);
    expect(failed.facts).toEqual([]);
    await expect
      .poll(async () => [(await row(one!)).status, (await row(two!)).status], WORKER)
      .toEqual(['PROCESSED', 'PROCESSED']);

    // Another user cannot requeue it: it answers as if it did not exist.
    const mallory = await mintHs256('mallory');
    const foreign = await server.gql(RETRY, { userId: 'mallory', episodeId: bad }, { token: mallory });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await row(bad!)).status).toBe('FAILED');
    const notFailed = await server.gql(RETRY, { userId, episodeId: one }, { token });
    expect(notFailed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    broken = false;
    const retried = await server.gql<{ retryEpisode: { status: string } }>(
      RETRY,
      { userId, episodeId: bad },
      { token },
    );
    expect(retried.data?.retryEpisode.status).toBe('PENDING');
    await expect.poll(async () => (await row(bad!)).status, WORKER).toBe('PROCESSED');
    expect((await row(bad!)).facts.map((f) => f.statement)).toEqual(['The user said: The unreadable one.']);
  });
});
