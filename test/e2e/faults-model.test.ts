// Model faults through a scripted OpenAI-compatible server: bounded retries, clear codes, nothing half-written.
import { describe, expect, it } from 'vitest';
import { entity, type FakeOpenAI, relation } from '../support/fake-openai.ts';
import { useFakeModelServer } from '../support/model-server.ts';
import { type TestServer, uniqueUserId } from '../support/test-server.ts';
import { INGEST, type IngestPayload } from './memory-helpers.ts';

const EXTRACTION = relation(
  entity('n1', 'Maya', 'person'),
  'moved_to',
  entity('n2', 'Lisbon', 'place'),
  'Maya moved to Lisbon.',
);

describe('when the model misbehaves', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  useFakeModelServer({ LLM_MAX_RETRIES: '2', LLM_TIMEOUT_MS: '500' }, (f, s) => {
    fake = f;
    server = s;
  });

  async function nodesOf(userId: string): Promise<number> {
    const { records } = await server.driver.executeQuery(
      'MATCH (n:Episode|Entity|Fact {userId: $userId}) RETURN count(n) AS n',
      { userId },
    );
    return records[0]?.get('n') as number;
  }
  const ingest = (userId: string) =>
    server.gql<{ ingest: IngestPayload }>(INGEST, {
      userId,
      input: { content: 'Maya moved to Lisbon last spring.' },
    });

  it('429 then success: retried, and the ingest is written once', async () => {
    const userId = uniqueUserId('rate-limited');
    fake.enqueueChat({ status: 429 }, EXTRACTION);
    const response = await ingest(userId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.ingest.entitiesCreated.map((e) => e.name).sort()).toEqual(['Lisbon', 'Maya']);
    expect(fake.calls.chat).toBe(2);
  });

  it('500 on every attempt: LLM_UNAVAILABLE after the retries, and nothing is written', async () => {
    const userId = uniqueUserId('model-down');
    fake.enqueueChat({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const response = await ingest(userId);
    expect(response.errors?.[0]?.extensions?.code).toBe('LLM_UNAVAILABLE');
    expect(fake.calls.chat).toBe(3);
    expect(await nodesOf(userId)).toBe(0);
  });

  it('too slow on every attempt: LLM_UNAVAILABLE after the per-call timeouts, and nothing is written', async () => {
    const userId = uniqueUserId('model-slow');
    fake.enqueueChat({ delayMs: 5000 }, { delayMs: 5000 }, { delayMs: 5000 });
    const response = await ingest(userId);
    expect(response.errors?.[0]?.extensions?.code).toBe('LLM_UNAVAILABLE');
    expect(await nodesOf(userId)).toBe(0);
  });

  it('malformed JSON: LLM_BAD_OUTPUT, and nothing is written', async () => {
    const userId = uniqueUserId('model-garbled');
    fake.enqueueChat({ malformed: true }, { malformed: true }, { malformed: true });
    const response = await ingest(userId);
    expect(response.errors?.[0]?.extensions?.code).toBe('LLM_BAD_OUTPUT');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:/);
    expect(await nodesOf(userId)).toBe(0);
  });

  it('recovers for the next ingest once the model is back', async () => {
    const userId = uniqueUserId('model-back');
    fake.enqueueChat({ status: 500 }, { status: 500 }, { status: 500 });
    expect((await ingest(userId)).errors?.[0]?.extensions?.code).toBe('LLM_UNAVAILABLE');
    fake.enqueueChat(EXTRACTION);
    const response = await ingest(userId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.ingest.duplicate).toBe(false);
    expect(await nodesOf(userId)).toBeGreaterThan(0);
  });
});
