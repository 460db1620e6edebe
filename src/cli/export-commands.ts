// `persona-graph export <userId> > alice.jsonl` and `persona-graph restore <userId> < alice.jsonl`, through a running
// server's /users/:userId/export and /restore (the token decides, as for the API). Progress goes to stderr.
import { Transform } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { ApiError } from './api-client.ts';
import { parseCommandLine, UsageError } from './command-line.ts';
import { CONNECTION_USAGE, connectionFrom } from './connection.ts';
import type { CliIo } from './import-command.ts';

export const EXPORT_USAGE = `Usage:
  persona-graph export <userId> [--url <server>] [--token <jwt>] > user.jsonl
  persona-graph restore <userId> [--url <server>] [--token <jwt>] < user.jsonl

  export writes everything the user has (episodes, entities, facts with validity, provenance and activation) as
  versioned JSON Lines; restore rebuilds it. Into the same user ids are kept; into another user they are remapped
  to stable new ids, so running restore twice changes nothing.
${CONNECTION_USAGE}`;

interface Options {
  userId: string;
  base: string;
  headers: Record<string, string>;
}

function parse(args: string[], env: Record<string, string | undefined>): Options {
  const parsed = parseCommandLine(args, { url: { type: 'string' }, token: { type: 'string' } });
  const [userId, extra] = parsed.positionals;
  if (!userId) throw new UsageError('a userId is required');
  if (extra) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  const { base, headers } = connectionFrom(parsed.values, env);
  return { userId, base, headers };
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new ApiError('NETWORK_ERROR', `cannot reach ${url} (${cause?.code ?? (error as Error).message})`);
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as {
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const first = body?.errors?.[0];
  throw new ApiError(
    first?.extensions?.code ?? `HTTP_${response.status}`,
    first?.message ?? response.statusText,
  );
}

function progressBar(io: CliIo, format: string): SingleBar {
  return new SingleBar({ stream: io.stderr, format, hideCursor: true }, undefined);
}

export async function runExport(
  args: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
): Promise<void> {
  const { userId, base, headers } = parse(args, env);
  const response = await send(`${base}/users/${encodeURIComponent(userId)}/export`, { headers });
  const bar = progressBar(io, 'exporting [{bar}] {value}/{total} records');
  let pending = '';
  let ended = false;
  const decoder = new TextDecoder();
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      io.stdout.write(chunk);
      pending += decoder.decode(chunk, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const record = JSON.parse(line) as { type: string; counts?: Record<string, number> };
        if (record.type === 'header') {
          const c = record.counts ?? {};
          bar.start((c.entities ?? 0) + (c.episodes ?? 0) + (c.facts ?? 0), 0);
        } else if (record.type === 'end') ended = true;
        else if (record.type !== 'user') bar.increment();
      }
    }
  } finally {
    bar.stop();
  }
  if (!ended) throw new ApiError('INCOMPLETE', 'the export stopped before its end record; run it again');
}

export async function runRestore(
  args: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
): Promise<Record<string, unknown>> {
  const { userId, base, headers } = parse(args, env);
  const stdin = (io.stdin ?? process.stdin) as NodeJS.ReadableStream & { fd?: number };
  const bar = progressBar(io, 'restoring: {value} bytes sent');
  bar.start(0, 0);
  let sent = 0;
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      bar.update(sent);
      done(null, chunk);
    },
  });
  try {
    const body = (stdin as NodeJS.ReadableStream).pipe(counting);
    const response = await send(`${base}/users/${encodeURIComponent(userId)}/restore`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-ndjson' },
      body: body as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit);
    return (await response.json()) as Record<string, unknown>;
  } finally {
    bar.stop();
  }
}
