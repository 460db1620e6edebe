// Writes the committed LongMemEval sample: a few questions of different types, each haystack cut down to its
// evidence sessions plus the smallest distractor sessions. Run: tsx eval/longmemeval/make-sample.ts <lme_jsons dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LmeQuestion, listQuestions, readQuestion, selectQuestions } from './questions.ts';

const TYPES = ['knowledge-update', 'multi-session', 'single-session-user', 'temporal-reasoning'];
const DISTRACTORS = 2;
/** Largest evidence (answer sessions' text) a sampled question may have, to keep the sample small. */
const MAX_EVIDENCE_CHARS = 25_000;

const size = (turns: LmeQuestion['haystack_sessions'][number]) =>
  turns.reduce((n, t) => n + t.content.length, 0);

function cut(q: LmeQuestion): LmeQuestion {
  const answer = new Set(q.answer_session_ids);
  const distractors = q.haystack_session_ids
    .map((id, i) => ({ id, i, chars: size(q.haystack_sessions[i]!) }))
    .filter((s) => !answer.has(s.id))
    .sort((a, b) => a.chars - b.chars)
    .slice(0, DISTRACTORS)
    .map((s) => s.i);
  const keep = q.haystack_session_ids
    .map((id, i) => (answer.has(id) || distractors.includes(i) ? i : -1))
    .filter((i) => i >= 0);
  return {
    ...q,
    haystack_dates: keep.map((i) => q.haystack_dates[i]!),
    haystack_session_ids: keep.map((i) => q.haystack_session_ids[i]!),
    haystack_sessions: keep.map((i) => q.haystack_sessions[i]!),
  };
}

const source = process.argv[2];
if (!source)
  throw new Error('usage: tsx eval/longmemeval/make-sample.ts <dir of LongMemEval-S question files>');
const out = fileURLToPath(new URL('../data/longmemeval-sample/', import.meta.url));
mkdirSync(out, { recursive: true });
for (const type of TYPES) {
  const candidates = selectQuestions(listQuestions(source, 's'), { types: [type] });
  const q = candidates
    .map((e) => readQuestion(e.file))
    .find((q) => {
      const answer = new Set(q.answer_session_ids);
      const evidence = q.haystack_sessions.filter((_, i) => answer.has(q.haystack_session_ids[i]!));
      const turns = evidence.flat();
      return (
        turns.some((t) => t.has_answer) && evidence.reduce((n, s) => n + size(s), 0) <= MAX_EVIDENCE_CHARS
      );
    });
  if (!q) throw new Error(`no small enough ${type} question`);
  const file = path.join(out, `${q.question_id}.json`);
  writeFileSync(file, `${JSON.stringify(cut(q), null, 1)}\n`);
  console.log(`${type}: ${file}`);
}
