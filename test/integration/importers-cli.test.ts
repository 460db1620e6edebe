// The import command's reading, batching and resume logic, and the bin script, without a server (see
// test/e2e/import-cli.test.ts for imports through the real API).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type ApiClient, ApiError } from '../../src/cli/api-client.ts';
import { runImport } from '../../src/cli/import-command.ts';
import { parseImportArgs } from '../../src/cli/import-options.ts';
import { runCli } from '../../src/cli/main.ts';
import type { ImportedEpisode } from '../../src/importers/index.ts';
import { captureOutput } from '../support/cli.ts';
import { writeChromeHistory } from '../support/export-fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'persona-graph-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const history = writeChromeHistory(
  path.join(dir, 'History'),
  Array.from({ length: 7 }, (_, i) => ({
    url: `https://shop.example.com/item/${i}`,
    title: `Item ${i}`,
    at: new Date(Date.UTC(2024, 0, 1 + i, 12)),
  })),
);

/** Stands in for the server's ingestBatch; remembers what was sent and can fail one call. */
function recordingClient(failOnCall?: number): ApiClient & { sent: ImportedEpisode[][] } {
  const sent: ImportedEpisode[][] = [];
  let calls = 0;
  const refs = new Set<string>();
  return {
    sent,
    async ingestBatch(_userId, episodes) {
      calls += 1;
      if (calls === failOnCall)
        throw new ApiError('LLM_UNAVAILABLE', 'The language model is unavailable: timeout');
      sent.push(episodes);
      return episodes.map((e) => {
        const duplicate = refs.has(e.sourceRef);
        refs.add(e.sourceRef);
        return { duplicate };
      });
    },
  };
}

describe('import options', () => {
  it('reads defaults from the environment and validates', () => {
    const options = parseImportArgs(['chrome', history, '--user', 'alice'], {
      HOME: dir,
      PERSONA_GRAPH_TOKEN: 'tok',
    });
    expect(options).toMatchObject({
      format: 'chrome',
      user: 'alice',
      url: 'http://127.0.0.1:4000/graphql',
      token: 'tok',
      batch: 50,
      stateDir: path.join(dir, '.persona-graph'),
    });
    expect(() => parseImportArgs(['safari', history, '--user', 'a'], {})).toThrow(
      /format must be one of x, chrome, firefox/,
    );
    expect(() => parseImportArgs(['chrome', history], {})).toThrow(/--user is required/);
    expect(() => parseImportArgs(['chrome', history, '--user', 'a', '--since', 'yesterday'], {})).toThrow(
      /not a date/,
    );
    expect(() => parseImportArgs(['chrome', history, '--user', 'a', '--batch', '0'], {})).toThrow();
  });

  it('exits 2 with the usage on a bad command line', async () => {
    const c = captureOutput();
    expect(await runCli(['import', 'chrome', history], c.io, {})).toBe(2);
    expect(c.err()).toContain('--user is required');
    expect(c.err()).toContain('Usage: persona-graph import');
  });

  it('exits 1 and names the failure when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const c = captureOutput();
    const url = `http://127.0.0.1:${port}/graphql`;
    const args = [
      'import',
      'chrome',
      history,
      '--user',
      'a',
      '--url',
      url,
      '--state-dir',
      path.join(dir, 'state-down'),
    ];
    expect(await runCli(args, c.io, {})).toBe(1);
    expect(c.out()).toContain(`batch 1/1 failed: NETWORK_ERROR: cannot reach ${url} (ECONNREFUSED)`);
    expect(c.out()).toMatch(/errors: +7/);
  });

  it('exits 1 with a plain message when the export cannot be read', async () => {
    const c = captureOutput();
    expect(await runCli(['import', 'firefox', path.join(dir, 'nope.sqlite'), '--user', 'a'], c.io, {})).toBe(
      1,
    );
    expect(c.err()).toMatch(/nope\.sqlite does not exist/);
  });
});

describe('batching and resume', () => {
  it('sends batches in order, stops at a failing batch, and resumes from it on the next run', async () => {
    const stateDir = path.join(dir, 'state-resume');
    const options = parseImportArgs(
      ['chrome', history, '--user', 'alice', '--batch', '3', '--state-dir', stateDir],
      {},
    );

    const failing = recordingClient(2);
    const first = await runImport(options, captureOutput().io, failing);
    expect(failing.sent.map((b) => b.length)).toEqual([3]);
    expect(first).toMatchObject({
      imported: 3,
      errors: 3,
      batches: 3,
      error: { code: 'LLM_UNAVAILABLE', batch: 2 },
    });
    expect(readdirSync(stateDir)).toHaveLength(1);

    const working = recordingClient();
    const second = await runImport(options, captureOutput().io, working);
    // Only batches 2 and 3 are sent: batch 1 is recorded as done.
    expect(working.sent.map((b) => b.map((e) => e.sourceRef))).toEqual([
      [3, 4, 5].map((i) => `browser:https://shop.example.com/item/${i}:2024-01-0${i + 1}`),
      [`browser:https://shop.example.com/item/6:2024-01-07`],
    ]);
    expect(second).toMatchObject({ imported: 4, resumed: 3, errors: 0 });
    expect(second.error).toBeUndefined();

    const again = recordingClient();
    const third = await runImport(options, captureOutput().io, again);
    expect(again.sent).toEqual([]);
    expect(third).toMatchObject({ imported: 0, resumed: 7 });

    // --restart sends everything again (the server then answers duplicate for each).
    const restarted = recordingClient();
    await runImport({ ...options, restart: true }, captureOutput().io, restarted);
    expect(restarted.sent.flat()).toHaveLength(7);
  });
});

describe('bin/persona-graph.js', () => {
  it('runs the TypeScript CLI through tsx: a dry run prints the episodes and sends nothing', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        'bin/persona-graph.js',
        'import',
        'chrome',
        history,
        '--user',
        'alice',
        '--dry-run',
        '--since',
        '2024-01-05',
      ],
      { cwd: path.resolve(import.meta.dirname, '../..'), env: { ...process.env, HOME: dir } },
    );
    const episodes = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as ImportedEpisode);
    expect(episodes.map((e) => e.content)).toEqual([
      'Visited Item 4 (https://shop.example.com/item/4)',
      'Visited Item 5 (https://shop.example.com/item/5)',
      'Visited Item 6 (https://shop.example.com/item/6)',
    ]);
    expect(stdout).toContain('dry run: 3 episodes would be sent');
    expect(stdout).toMatch(/skipped: +4 \(before-since 4\)/);
  });
});
