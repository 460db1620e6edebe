// LongMemEval in `npm run eval`: selected questions, each on its own user, a few at a time, resumable by run name.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config/index.ts';
import type { LlmProvider } from '../../src/llm/index.ts';
import type { Judge } from '../judge.ts';
import { askQuestion, type QuestionResult } from './ask-question.ts';
import { type HaystackKind, listQuestions, readQuestion, selectQuestions } from './questions.ts';
import { buildReport, type LmeReport } from './report.ts';
import { appendState, openState } from './state.ts';

export interface LmeServices {
  config: Config;
  driver: Driver;
  llm: LlmProvider;
  judge?: Judge;
  /** Progress in turns ingested plus questions asked. */
  onProgress?: (done: number, total: number, stage: string) => void;
}

export interface LmeOptions {
  dataDir: string;
  /** Names the run: user ids are `${run}-${questionId}` and finished questions are kept in `stateFile`. */
  run: string;
  stateFile: string;
  limit?: number;
  types?: string[];
  concurrency?: number;
  haystack?: HaystackKind;
  /** Ask nothing new: report over the questions the state file already holds (e.g. a run stopped part way). */
  reportOnly?: boolean;
  /**
   * Ask the finished questions again, of the graphs they left in the database (same run name, NEO4J_URI), without
   * ingesting: for comparing ranking changes on the same graphs. Questions not yet finished run as usual.
   */
  rescore?: boolean;
}

/** Runs the selected questions not yet in the state file, then reports over every selected finished question. */
export async function runLongMemEval(
  services: LmeServices,
  options: LmeOptions,
): Promise<{ report: LmeReport; results: QuestionResult[] }> {
  const started = performance.now();
  const selected = selectQuestions(listQuestions(options.dataDir, options.haystack), options);
  const finished = openState(options.stateFile);
  const pending = options.reportOnly ? [] : selected.filter((e) => options.rescore || !finished.has(e.id));
  const total = pending.reduce((n, e) => n + e.turns + 1, 0);
  let done = 0;
  const progress = (n: number, stage: string) => {
    done += n;
    services.onProgress?.(done, total, stage);
  };
  progress(0, `${selected.length - pending.length} of ${selected.length} already done`);

  const failed: Array<{ id: string; error: string }> = [];
  const queue = [...pending];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const current = entry;
      let ingested = 0;
      try {
        const result = await askQuestion(
          {
            ...services,
            onTurns: (n) => {
              ingested += n;
              progress(n, `${current.type} ${current.id}`);
            },
          },
          readQuestion(current.file),
          `${options.run}-${current.id}`,
          options.rescore ? finished.get(current.id) : undefined,
        );
        appendState(options.stateFile, result);
        finished.set(result.id, result);
      } catch (err) {
        failed.push({ id: current.id, error: (err as Error).message });
      }
      progress(current.turns + 1 - ingested, `${current.type} ${current.id}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));

  const results = selected.flatMap((e) => finished.get(e.id) ?? []);
  const report = buildReport(results, {
    provider: services.llm.name,
    run: options.run,
    wallMs: performance.now() - started,
    failed,
  });
  return { report, results };
}
