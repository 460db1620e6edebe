// Runs the persona-graph CLI in-process with captured stdout/stderr and an optional stdin text.
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.ts';

export async function captureCli(
  args: string[],
  env: Record<string, string | undefined>,
  stdinText?: string,
) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c;
  });
  stderr.on('data', (c) => {
    err += c;
  });
  const stdin = Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]);
  const code = await runCli(args, { stdout, stderr, stdin }, env);
  return { code, out, err };
}
