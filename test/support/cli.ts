// Runs the persona-graph CLI in-process with captured stdout/stderr and an optional stdin text.
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.ts';

/** Stdout and stderr streams for the CLI that keep what is written to them. */
export function captureOutput() {
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
  return { io: { stdout, stderr }, out: () => out, err: () => err };
}

export async function captureCli(
  args: string[],
  env: Record<string, string | undefined>,
  stdinText?: string,
) {
  const { io, out, err } = captureOutput();
  const stdin = Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]);
  const code = await runCli(args, { ...io, stdin }, env);
  return { code, out: out(), err: err() };
}
