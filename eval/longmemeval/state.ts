// The run's state file: one JSON line per finished question, so a re-run with the same name skips them.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { QuestionResult } from './ask-question.ts';

/**
 * Finished questions by id. A line torn by a killed run is ignored (that question runs again) and closed with a
 * newline, so the next line appended starts clean.
 */
export function openState(file: string): Map<string, QuestionResult> {
  const done = new Map<string, QuestionResult>();
  if (!existsSync(file)) return done;
  const text = readFileSync(file, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) appendFileSync(file, '\n');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const result = JSON.parse(line) as QuestionResult;
      done.set(result.id, result);
    } catch {
      // A line cut short by a crash: not finished.
    }
  }
  return done;
}

/** Records one finished question. */
export function appendState(file: string, result: QuestionResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(result)}\n`);
}
