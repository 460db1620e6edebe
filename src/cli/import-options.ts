// Parses and validates `persona-graph import <x|chrome|firefox> <path> --user <id> ...` into typed options.
import { homedir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseCommandLine, UsageError } from './command-line.ts';

export const IMPORT_FORMATS = ['x', 'chrome', 'firefox'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_USAGE = `Usage: persona-graph import <x|chrome|firefox> <path> --user <id> [options]

  x        an unzipped X/Twitter archive folder (reads data/tweets.js and data/bookmark.js)
  chrome   a Chrome/Chromium/Edge/Brave "History" file
  firefox  a Firefox "places.sqlite" file

Options:
  --user <id>        the user whose memory receives the episodes (required)
  --url <url>        GraphQL endpoint (default $PERSONA_GRAPH_URL or http://127.0.0.1:4000/graphql)
  --token <jwt>      bearer token (default $PERSONA_GRAPH_TOKEN)
  --batch <n>        episodes per ingestBatch call (default 50)
  --since <date>     only items on or after this date/time (ISO 8601, e.g. 2024-01-01)
  --skip-retweets    x: leave out retweets
  --dry-run          read and filter, print what would be sent, send nothing
  --restart          ignore the saved progress and start from the first batch
  --state-dir <dir>  where progress is kept (default ~/.persona-graph)
  --json             print the summary as JSON`;

const optionsSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `format must be one of ${IMPORT_FORMATS.join(', ')}` }),
  input: z.string({ message: 'the path of the export is required' }).min(1),
  user: z.string({ message: '--user is required' }).min(1, '--user is required'),
  url: z
    .url({ message: '--url must be an http(s) URL' })
    .refine((v) => /^https?:/.test(v), '--url must be an http(s) URL'),
  token: z.string().min(1).optional(),
  batch: z.coerce
    .number({ message: '--batch must be a number' })
    .int('--batch must be a whole number')
    .min(1)
    .max(1000),
  since: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const date = new Date(v);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({
          code: 'custom',
          message: `--since ${JSON.stringify(v)} is not a date (use 2024-01-01)`,
        });
        return z.NEVER;
      }
      return date;
    }),
  skipRetweets: z.boolean(),
  dryRun: z.boolean(),
  restart: z.boolean(),
  stateDir: z.string().min(1),
  json: z.boolean(),
});

export type ImportOptions = z.infer<typeof optionsSchema>;

/** Reads the import command's arguments (after "import"); env supplies defaults for --url and --token. */
export function parseImportArgs(args: string[], env: Record<string, string | undefined>): ImportOptions {
  const { values, positionals } = parseCommandLine(args, {
    user: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
    batch: { type: 'string' },
    since: { type: 'string' },
    'skip-retweets': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    restart: { type: 'boolean' },
    'state-dir': { type: 'string' },
    json: { type: 'boolean' },
  });
  const result = optionsSchema.safeParse({
    format: positionals[0],
    input: positionals[1],
    user: values.user,
    url: values.url ?? env.PERSONA_GRAPH_URL ?? 'http://127.0.0.1:4000/graphql',
    token: values.token ?? (env.PERSONA_GRAPH_TOKEN || undefined),
    batch: values.batch ?? '50',
    since: values.since,
    skipRetweets: values['skip-retweets'] ?? false,
    dryRun: values['dry-run'] ?? false,
    restart: values.restart ?? false,
    stateDir: values['state-dir'] ?? path.join(env.HOME ?? homedir(), '.persona-graph'),
    json: values.json ?? false,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join('\n'));
  if (positionals.length > 2) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[2])}`);
  return result.data;
}
