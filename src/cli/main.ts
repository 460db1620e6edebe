// The persona-graph command line: dispatches subcommands (import, reembed) and turns failures into exit codes.

import { ApiError } from './api-client.ts';
import { UsageError } from './command-line.ts';
import { EXPORT_USAGE, runExport, runRestore } from './export-commands.ts';
import { type CliIo, formatSummary, runImport } from './import-command.ts';
import { IMPORT_USAGE, parseImportArgs } from './import-options.ts';
import { MCP_USAGE, parseMcpArgs, runMcpStdio } from './mcp-command.ts';
import { MEMORY_USAGE, runMemoryCommand } from './memory-commands.ts';
import { parseReembedArgs, REEMBED_USAGE, runReembed } from './reembed-command.ts';

const USAGE = `Usage: persona-graph <command>

Commands:
  import <x|chrome|firefox> <path> --user <id>   import a data export into a user's memory
  reembed [--batch-size 64]                      re-embed all memory with the configured embedding model
  mcp [--url <server>] [--token <jwt>]           the Model Context Protocol on stdio, for desktop agent hosts
  ingest --user <id> [text | -]                  remember something (stdin when no text)
  recall --user <id> <query>                     search a user's memory
  ask --user <id> <question>                     answer from a user's memory, with its sources
  export <userId> > user.jsonl                   everything a user has, as versioned JSON Lines
  restore <userId> < user.jsonl                  rebuild a user from an export

${IMPORT_USAGE}

${REEMBED_USAGE}

${MEMORY_USAGE}

${EXPORT_USAGE}`;

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
  if (command === 'mcp') return mcpCli(rest, io, env);
  if (command === 'ingest' || command === 'recall' || command === 'ask')
    return memoryCli(command, rest, io, env);
  if (command === 'export' || command === 'restore') return exportCli(command, rest, io, env);
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

async function mcpCli(args: string[], io: CliIo, env: Record<string, string | undefined>): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${MCP_USAGE}\n`);
    return 0;
  }
  try {
    await runMcpStdio(parseMcpArgs(args, env));
    return 0;
  } catch (error) {
    // stdout carries the protocol: messages go to stderr only.
    const usage = error instanceof UsageError ? `\n\n${MCP_USAGE}` : '';
    io.stderr.write(`persona-graph mcp: ${(error as Error).message}${usage}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

async function memoryCli(
  command: 'ingest' | 'recall' | 'ask',
  args: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${MEMORY_USAGE}\n`);
    return 0;
  }
  try {
    await runMemoryCommand(command, args, io, env);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`persona-graph ${command}: ${error.message}\n\n${MEMORY_USAGE}\n`);
      return 2;
    }
    const code = error instanceof ApiError ? `${error.code}: ` : '';
    io.stderr.write(`persona-graph ${command}: ${code}${(error as Error).message}\n`);
    return 1;
  }
}

async function exportCli(
  command: 'export' | 'restore',
  args: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  try {
    if (command === 'export') await runExport(args, io, env);
    else {
      const restored = await runRestore(args, io, env);
      io.stdout.write(`${JSON.stringify(restored)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`persona-graph ${command}: ${error.message}\n\n${EXPORT_USAGE}\n`);
      return 2;
    }
    const code = error instanceof ApiError ? `${error.code}: ` : '';
    io.stderr.write(`persona-graph ${command}: ${code}${(error as Error).message}\n`);
    return 1;
  }
}
