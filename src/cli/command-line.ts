// Reading a subcommand's arguments: strict options, positionals allowed, and a UsageError (exit code 2) for bad ones.
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Thrown for bad command lines; main prints the message and the usage. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandLine<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
