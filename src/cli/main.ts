// The persona-graph command line: dispatches subcommands (import, reembed) and turns failures into exit codes.
import { type CliIo, formatSummary, runImport } from './import-command.ts';
import { IMPORT_USAGE, parseImportArgs, UsageError } from './import-options.ts';
import { parseReembedArgs, REEMBED_USAGE, runReembed } from './reembed-command.ts';

const USAGE = `Usage: persona-graph <command>

Commands:
  import <x|chrome|firefox> <path> --user <id>   import a data export into a user's memory
  reembed [--batch-size 64]                      re-embed all memory with the configured embedding model

${IMPORT_USAGE}

${REEMBED_USAGE}`;

/** Runs the CLI with these arguments; resolves to the process exit code (0 ok, 1 failed import, 2 bad usage). */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'reembed') return reembedCli(rest, io, env);
  if (command !== 'import') {
    io.stderr.write(`persona-graph: unknown command ${JSON.stringify(command)}\n\n${USAGE}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  try {
    const options = parseImportArgs(rest, env);
    const summary = await runImport(options, io);
    io.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
    return summary.error ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`persona-graph import: ${error.message}\n\n${IMPORT_USAGE}\n`);
      return 2;
    }
    // Unreadable exports (missing file, wrong format) are the user's to fix: say what, without a stack trace.
    io.stderr.write(`persona-graph import: ${(error as Error).message}\n`);
    return 1;
  }
}

async function reembedCli(
  args: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${REEMBED_USAGE}\n`);
    return 0;
  }
  try {
    return await runReembed(parseReembedArgs(args), io, env);
  } catch (error) {
    const usage = error instanceof UsageError;
    io.stderr.write(
      `persona-graph reembed: ${(error as Error).message}\n${usage ? `\n${REEMBED_USAGE}\n` : ''}`,
    );
    return usage ? 2 : 1;
  }
}
