// `persona-graph ingest | recall | ask` against the real API: readable output for people, --json for scripts, stdin,
// the token's rules, and exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../support/cli.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { hs256Env, mintHs256 } from '../support/tokens.ts';

describe('persona-graph ingest, recall and ask', () => {
  let server: TestServer;
  let env: Record<string, string>;
  const userId = uniqueUserId('cli-memory');
  beforeAll(async () => {
    server = await startTestServer({ ...hs256Env });
    env = { PERSONA_GRAPH_URL: server.graphqlUrl, PERSONA_GRAPH_TOKEN: await mintHs256(userId) };
  });
  afterAll(() => server?.close());

  it('ingests from arguments and from stdin, then recalls as a table and as JSON', async () => {
    const fromArgs = await captureCli(
      ['ingest', '--user', userId, 'I', 'adopted', 'a', 'greyhound', 'named', 'Biscuit.'],
      env,
    );
    expect(fromArgs).toMatchObject({ code: 0, err: '' });
    expect(fromArgs.out).toMatch(/^DONE: \d+ new entities, \d+ new facts/);

    const fromStdin = await captureCli(
      ['ingest', '--user', userId, '--json'],
      env,
      'I started pottery classes on Tuesdays.\n',
    );
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.out)).toMatchObject({ status: 'DONE' });

    const table = await captureCli(['recall', '--user', userId, 'greyhound'], env);
    expect(table.code).toBe(0);
    const [header, rule, first] = table.out.split('\n');
    expect(header).toMatch(/^#\s+kind\s+when\s+memory$/);
    expect(rule).toMatch(/^-+\s+-+/);
    expect(first).toMatch(/^1\s+(fact|entity|episode)\s+/);
    expect(table.out).toMatch(/Biscuit/);

    const json = await captureCli(['recall', '--user', userId, '--json', '--limit', '3', 'pottery'], env);
    const items = JSON.parse(json.out) as Array<{ kind: string; text: string }>;
    expect(items.length).toBeLessThanOrEqual(3);
    expect(items.some((item) => /pottery/i.test(item.text))).toBe(true);
  });

  it('asks a question and prints the answer with its sources', async () => {
    const asked = await captureCli(
      ['ask', '--user', userId, '--json', 'What', 'is', 'my', 'dog', 'called?'],
      env,
    );
    expect(asked.err).toBe('');
    expect(asked.code).toBe(0);
    const answer = JSON.parse(asked.out) as { answer: string; known: boolean; citations: unknown[] };
    expect(typeof answer.answer).toBe('string');
    const human = await captureCli(['ask', '--user', userId, 'What', 'is', 'my', 'dog', 'called?'], env);
    expect(human.out.split('\n')[0]).toBe(answer.answer);
  });

  it("answers another user's memory with NOT_FOUND and exit code 1, and bad usage with exit code 2", async () => {
    const foreign = await captureCli(['recall', '--user', 'someone-else', 'greyhound'], env);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/NOT_FOUND/);
    const noUser = await captureCli(['recall', 'greyhound'], env);
    expect(noUser.code).toBe(2);
    expect(noUser.err).toMatch(/--user is required/);
  });
});
