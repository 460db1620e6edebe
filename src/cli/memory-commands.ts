// `persona-graph ingest | recall | ask`: the memory operations from a shell or a script, against a running server.
// --json prints the API's answer for machines; otherwise a short readable form for people.
import { type GraphQLPoster, graphqlPoster } from './api-client.ts';
import { parseCommandLine, UsageError } from './command-line.ts';
import { CONNECTION_USAGE, connectionFrom } from './connection.ts';
import type { CliIo } from './import-command.ts';

export const MEMORY_USAGE = `Usage:
  persona-graph ingest --user <id> [--source <s>] [--source-ref <ref>] [--occurred-at <iso>] [--async] [text | -]
  persona-graph recall --user <id> [--limit <n>] [--as-of <iso>] <query>
  persona-graph ask    --user <id> <question>

  text, query and question are the remaining words; "-" (or none, for ingest) reads stdin.
  --user <id>        whose memory (default $PERSONA_GRAPH_USER)
${CONNECTION_USAGE}
  --json             print the API's answer as JSON`;

const INGEST = /* GraphQL */ `
  mutation CliIngest($userId: ID!, $input: IngestInput!, $mode: IngestMode) {
    ingest(userId: $userId, input: $input, mode: $mode) {
      status
      episode { id occurredAt }
      entitiesCreated { name type }
      factsCreated { statement }
      factsInvalidated { statement }
    }
  }`;
const RECALL = /* GraphQL */ `
  query CliRecall($userId: ID!, $input: RecallInput!) {
    recall(userId: $userId, input: $input) { kind id text score occurredAt }
  }`;
const ASK = /* GraphQL */ `
  mutation CliAsk($userId: ID!, $input: RagQueryInput!) {
    ragQuery(userId: $userId, input: $input) {
      answer known
      citations { kind text occurredAt }
      usage { calls promptTokens completionTokens }
    }
  }`;

type Command = 'ingest' | 'recall' | 'ask';

interface Parsed {
  userId: string;
  text: string;
  json: boolean;
  post: GraphQLPoster;
  values: Record<string, string | boolean | undefined>;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function parse(
  command: Command,
  args: string[],
  env: Record<string, string | undefined>,
  stdin: NodeJS.ReadableStream,
): Promise<Parsed> {
  const parsed = parseCommandLine(args, {
    user: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
    json: { type: 'boolean' },
    source: { type: 'string' },
    'source-ref': { type: 'string' },
    'occurred-at': { type: 'string' },
    async: { type: 'boolean' },
    limit: { type: 'string' },
    'as-of': { type: 'string' },
  });
  const { positionals } = parsed;
  const values = parsed.values as Parsed['values'];
  const userId = (values.user as string | undefined) ?? env.PERSONA_GRAPH_USER;
  if (!userId) throw new UsageError('--user is required (or set PERSONA_GRAPH_USER)');
  const fromStdin = positionals.length === 0 ? command === 'ingest' : positionals.join(' ') === '-';
  const text = (fromStdin ? await readStdin(stdin) : positionals.join(' ')).trim();
  if (!text)
    throw new UsageError(
      command === 'ingest'
        ? 'nothing to ingest'
        : `a ${command === 'ask' ? 'question' : 'query'} is required`,
    );
  const { graphqlUrl, token } = connectionFrom(values, env);
  return { userId, text, json: Boolean(values.json), post: graphqlPoster(graphqlUrl, token), values };
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
const clip = (text: string, width: number) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/** A plain-text table with padded columns. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export async function runMemoryCommand(
  command: Command,
  args: string[],
  io: CliIo,
  env: Record<string, string | undefined>,
): Promise<void> {
  const { userId, text, json, post, values } = await parse(command, args, env, io.stdin ?? process.stdin);
  const print = (human: string, data: unknown) =>
    io.stdout.write(json ? `${JSON.stringify(data)}\n` : `${human}\n`);

  if (command === 'ingest') {
    const input = {
      content: text,
      source: values.source ?? 'cli',
      sourceRef: values['source-ref'],
      occurredAt: values['occurred-at'],
    };
    const data = await post<{
      ingest: {
        status: string;
        entitiesCreated: Array<{ name: string; type: string }>;
        factsCreated: Array<{ statement: string }>;
        factsInvalidated: Array<{ statement: string }>;
      };
    }>(INGEST, { userId, input, mode: values.async ? 'ASYNC' : 'SYNC' });
    const result = data.ingest;
    const lines = [
      `${result.status}: ${result.entitiesCreated.length} new entities, ${result.factsCreated.length} new facts`,
    ];
    for (const fact of result.factsCreated) lines.push(`  + ${fact.statement}`);
    for (const fact of result.factsInvalidated) lines.push(`  - no longer: ${fact.statement}`);
    print(lines.join('\n'), result);
  } else if (command === 'recall') {
    const input = {
      query: text,
      limit: values.limit ? Number(values.limit) : undefined,
      asOf: values['as-of'],
    };
    const data = await post<{
      recall: Array<{ kind: string; text: string; score: number; occurredAt: string | null }>;
    }>(RECALL, { userId, input });
    const rows = data.recall.map((item, i) => [
      String(i + 1),
      item.kind.toLowerCase(),
      day(item.occurredAt),
      clip(item.text, 90),
    ]);
    print(
      rows.length ? table(['#', 'kind', 'when', 'memory'], rows) : 'Nothing in memory matches.',
      data.recall,
    );
  } else {
    const data = await post<{
      ragQuery: {
        answer: string;
        known: boolean;
        citations: Array<{ kind: string; text: string; occurredAt: string | null }>;
      };
    }>(ASK, { userId, input: { query: text } });
    const { answer, citations } = data.ragQuery;
    const sources = citations.map((c, i) =>
      `  [${i + 1}] ${day(c.occurredAt)} ${clip(c.text, 100)}`.replace('  ', ' '),
    );
    print([answer, ...(sources.length ? ['', 'Sources:', ...sources] : [])].join('\n'), data.ragQuery);
  }
}
