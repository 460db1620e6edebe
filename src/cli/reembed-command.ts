// `persona-graph reembed`: converts the database to the configured embedding model, with a progress bar.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config/index.ts';
import { createEmbedder } from '../llm/index.ts';
import { createDriver, type LocalNeo4j, localNeo4jSettings, startLocalNeo4j } from '../neo4j/index.ts';
import { readVectorSpace } from '../neo4j/vector-space.ts';
import { UsageError } from './command-line.ts';
import type { CliIo } from './import-command.ts';
import { reembedAll } from './reembed.ts';

export const REEMBED_USAGE = `Usage: persona-graph reembed [--batch-size 64]

Re-embeds every episode, entity and fact with the configured embedding model (EMBEDDING_PROVIDER, see docs/models.md),
then recreates the vector indexes at its dimension. Run it when startup refuses a database made with another
model. Stop the server first when it uses the local Neo4j (NEO4J_URI unset). Safe to interrupt: run it again
to resume.`;

export interface ReembedCliOptions {
  batchSize: number;
}

export function parseReembedArgs(args: string[]): ReembedCliOptions {
  let values: { 'batch-size'?: string };
  try {
    ({ values } = parseArgs({ args, options: { 'batch-size': { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const batchSize = Number(values['batch-size'] ?? 64);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2048)
    throw new UsageError('--batch-size must be an integer from 1 to 2048');
  return { batchSize };
}

/** Runs the conversion; resolves to the exit code (0 done or nothing to do, 1 failed). */
export async function runReembed(
  options: ReembedCliOptions,
  io: CliIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const config = loadConfig(env);
  const say = (line: string) => io.stderr.write(`${line}\n`);
  let localNeo4j: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    say(
      `Starting the local Neo4j with data in ${config.NEO4J_LOCAL_DATA_DIR} (the server must be stopped)...`,
    );
    localNeo4j = await startLocalNeo4j(localNeo4jSettings(config));
    uri = localNeo4j.uri;
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const embedder = createEmbedder(config, { warn: say });
  try {
    const database = config.NEO4J_DATABASE;
    const target = { model: embedder.model, dimensions: embedder.dimensions };
    const held = await readVectorSpace(driver, database);
    if (held && !held.pending && held.model === target.model && held.dimensions === target.dimensions) {
      io.stdout.write(
        `Nothing to do: the database already holds ${target.model} (${target.dimensions} dims).\n`,
      );
      return 0;
    }
    say(
      `Re-embedding from ${held ? `${held.model} (${held.dimensions} dims)` : 'an unrecorded model'} to ` +
        `${target.model} (${target.dimensions} dims, EMBEDDING_PROVIDER=${embedder.name})...`,
    );
    await embedder.start?.();
    const bar = new SingleBar(
      { stream: io.stderr, format: 're-embedding [{bar}] {value}/{total} | {kind}', hideCursor: true },
      undefined,
    );
    let started = false;
    const began = performance.now();
    const result = await reembedAll(driver, embedder, {
      database,
      batchSize: options.batchSize,
      onProgress: ({ kind, doneAll, totalAll }) => {
        if (!started) bar.start(totalAll, doneAll, { kind });
        started = true;
        bar.update(doneAll, { kind: kind.toLowerCase() });
      },
    });
    bar.stop();
    const seconds = (performance.now() - began) / 1000;
    const { Episode, Entity, Fact } = result.converted;
    io.stdout.write(
      `Re-embedded ${Episode} episodes, ${Entity} entities and ${Fact} facts with ${target.model} ` +
        `(${target.dimensions} dims) in ${seconds.toFixed(1)} s; vector indexes rebuilt.\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`persona-graph reembed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await embedder.close?.();
    await driver.close();
    await localNeo4j?.stop();
  }
}
