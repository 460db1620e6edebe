// LongMemEval's per-question files: reading them, and the stratified, deterministic selection a run asks for.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface LmeTurn {
  role: string;
  content: string;
  has_answer?: boolean | null;
}

/** One question file as published (LongMemEval-S: ~50 sessions; oracle: only the evidence sessions). */
export interface LmeQuestion {
  question_id: string;
  question_type: string;
  question: string;
  answer: string | number;
  /** "2023/05/28 (Sun) 19:47" */
  question_date: string;
  haystack_dates: string[];
  haystack_session_ids: string[];
  haystack_sessions: LmeTurn[][];
  answer_session_ids: string[];
}

/** What selection needs of a question, without keeping its haystack in memory. */
export interface LmeEntry {
  id: string;
  type: string;
  file: string;
  sessions: number;
  turns: number;
}

/** Which haystacks to take: LongMemEval-S (≥ 30 sessions), the oracle set (evidence only), all, or S when present. */
export type HaystackKind = 's' | 'oracle' | 'all' | 'auto';

const S_MIN_SESSIONS = 30;

/** Unanswerable questions (`_abs`): no evidence to find, so they take no part in recall scores. */
export const isAbstention = (id: string) => id.endsWith('_abs');

/** Reads one question file. */
export function readQuestion(file: string): LmeQuestion {
  return JSON.parse(readFileSync(file, 'utf8')) as LmeQuestion;
}

/** Every answerable question of the directory, of the haystack kind asked for. */
export function listQuestions(dir: string, haystack: HaystackKind = 'auto'): LmeEntry[] {
  const entries: LmeEntry[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(dir, name);
    const q = readQuestion(file);
    if (!q.question_id || !Array.isArray(q.haystack_sessions) || isAbstention(q.question_id)) continue;
    entries.push({
      id: q.question_id,
      type: q.question_type,
      file,
      sessions: q.haystack_sessions.length,
      turns: q.haystack_sessions.reduce((n, s) => n + s.length, 0),
    });
  }
  const s = entries.filter((e) => e.sessions >= S_MIN_SESSIONS);
  if (haystack === 's' || (haystack === 'auto' && s.length > 0)) return s;
  if (haystack === 'oracle') return entries.filter((e) => e.sessions < S_MIN_SESSIONS);
  return entries;
}

const order = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * Up to `limit` questions, stratified by type: each type's questions in a fixed pseudo-random order (hash of the
 * id), taken round-robin across types, so any limit gives near-equal counts per type and the same set every time.
 */
export function selectQuestions(
  entries: LmeEntry[],
  options: { limit?: number; types?: string[] },
): LmeEntry[] {
  const wanted = options.types?.length ? new Set(options.types) : null;
  const byType = new Map<string, LmeEntry[]>();
  for (const e of entries) {
    if (wanted && !wanted.has(e.type)) continue;
    byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  }
  const queues = [...byType.keys()]
    .sort()
    .map((type) => byType.get(type)!.sort((a, b) => order(a.id).localeCompare(order(b.id))));
  const limit = options.limit ?? entries.length;
  const picked: LmeEntry[] = [];
  for (let round = 0; picked.length < limit && queues.some((q) => round < q.length); round++)
    for (const queue of queues) {
      const next = queue[round];
      if (next && picked.length < limit) picked.push(next);
    }
  return picked;
}
