// `persona-graph import`: read an export, then send its episodes through ingestBatch in resumable batches.
import { SingleBar } from 'cli-progress';
import {
  type ImportResult,
  importChromeHistory,
  importFirefoxPlaces,
  importXArchive,
  totalSkipped,
} from '../importers/index.ts';
import { type ApiClient, ApiError, createApiClient } from './api-client.ts';
import type { ImportOptions } from './import-options.ts';
import { clearState, episodesFingerprint, loadState, saveState, stateFilePath } from './import-state.ts';

export interface ImportSummary {
  read: number;
  imported: number;
  duplicates: number;
  skippedByFilter: number;
  skippedByReason: Record<string, number>;
  /** Episodes in batches already done by an earlier run and not sent again. */
  resumed: number;
  errors: number;
  batches: number;
  error?: { code: string; message: string; batch: number };
  stateFile?: string;
  dryRun: boolean;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Where `ingest -` reads from (process.stdin when absent). */
  stdin?: NodeJS.ReadableStream;
}

/** Reads the export named by the options into episodes. */
export function readExport(
  options: Pick<ImportOptions, 'format' | 'input' | 'since' | 'skipRetweets'>,
): ImportResult {
  switch (options.format) {
    case 'x':
      return importXArchive(options.input, { since: options.since, skipRetweets: options.skipRetweets });
    case 'chrome':
      return importChromeHistory(options.input, { since: options.since });
    case 'firefox':
      return importFirefoxPlaces(options.input, { since: options.since });
  }
}

/** Runs one import; never throws for API failures (they end up in summary.error, with the progress saved). */
export async function runImport(
  options: ImportOptions,
  io: CliIo,
  client: ApiClient = createApiClient(options.url, options.token),
): Promise<ImportSummary> {
  const { episodes, skipped } = readExport(options);
  const batches = Math.ceil(episodes.length / options.batch);
  const summary: ImportSummary = {
    read: episodes.length,
    imported: 0,
    duplicates: 0,
    skippedByFilter: totalSkipped({ skipped }),
    skippedByReason: skipped,
    resumed: 0,
    errors: 0,
    batches,
    dryRun: options.dryRun,
  };
  if (options.dryRun) {
    for (const episode of episodes) io.stdout.write(`${JSON.stringify(episode)}\n`);
    return summary;
  }

  const stateFile = stateFilePath(options.stateDir, {
    format: options.format,
    input: options.input,
    userId: options.user,
    url: options.url,
  });
  summary.stateFile = stateFile;
  if (options.restart) clearState(stateFile);
  const state = loadState(stateFile, episodesFingerprint(episodes, options.batch));
  summary.resumed = Math.min(state.completedBatches * options.batch, episodes.length);

  const bar = new SingleBar(
    {
      stream: io.stderr,
      format: 'importing [{bar}] {value}/{total} episodes | batch {batch}/{batches}',
      hideCursor: true,
    },
    undefined,
  );
  bar.start(episodes.length, summary.resumed, { batch: state.completedBatches, batches });
  try {
    for (let index = state.completedBatches; index < batches; index++) {
      const batch = episodes.slice(index * options.batch, (index + 1) * options.batch);
      let results: Array<{ duplicate: boolean }>;
      try {
        results = await client.ingestBatch(options.user, batch);
      } catch (error) {
        const apiError =
          error instanceof ApiError ? error : new ApiError('INTERNAL_ERROR', (error as Error).message);
        summary.errors = batch.length;
        summary.error = { code: apiError.code, message: apiError.message, batch: index + 1 };
        break;
      }
      const duplicates = results.filter((r) => r.duplicate).length;
      summary.duplicates += duplicates;
      summary.imported += results.length - duplicates;
      state.completedBatches = index + 1;
      state.imported += results.length - duplicates;
      state.duplicates += duplicates;
      saveState(stateFile, state);
      bar.update(Math.min((index + 1) * options.batch, episodes.length), { batch: index + 1 });
    }
  } finally {
    bar.stop();
  }
  return summary;
}

/** The summary as the lines a person reads at the end of an import. */
export function formatSummary(summary: ImportSummary): string {
  const reasons = Object.entries(summary.skippedByReason)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const lines = [
    summary.dryRun
      ? `dry run: ${summary.read} episodes would be sent (nothing was sent)`
      : `read:        ${summary.read} episodes`,
    ...(summary.dryRun
      ? []
      : [
          `imported:    ${summary.imported}`,
          `duplicates:  ${summary.duplicates} (already in memory)`,
          `resumed:     ${summary.resumed} (done by an earlier run, not sent again)`,
        ]),
    `skipped:     ${summary.skippedByFilter}${reasons ? ` (${reasons})` : ''}`,
    ...(summary.dryRun ? [] : [`errors:      ${summary.errors}`]),
  ];
  if (summary.error) {
    lines.push(
      `error: batch ${summary.error.batch}/${summary.batches} failed: ${summary.error.code}: ${summary.error.message}`,
      'Progress is saved: run the same command again to resume from that batch.',
    );
  }
  return `${lines.join('\n')}\n`;
}
