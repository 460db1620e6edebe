// Builds dataset.json from the persona scripts: numbers turns, spaces them in time, resolves evidence labels.
// Run: npx tsx test/eval-data/generate.ts
import { writeFileSync } from 'node:fs';
import { finance } from './personas/finance.ts';
import { parent } from './personas/parent.ts';
import { runner } from './personas/runner.ts';
import { shopper } from './personas/shopper.ts';
import { traveller } from './personas/traveller.ts';
import type { EvalDataset, EvalUser, PersonaScript } from './types.ts';

const TURN_GAP_MS = 3 * 60_000;

/** Turns a persona script into turns with stable ids and questions citing those ids. */
export function buildUser(script: PersonaScript): EvalUser {
  const labels = new Map<string, string>();
  const turns: EvalUser['turns'] = [];
  script.sessions.forEach((session, s) => {
    const start = new Date(session.at).getTime();
    session.turns.forEach((turn, t) => {
      const id = `${script.user}-s${s + 1}-t${t + 1}`;
      const [label, text] = typeof turn === 'string' ? [null, turn] : turn;
      if (label) {
        if (labels.has(label)) throw new Error(`${script.user}: label ${label} used twice`);
        labels.set(label, id);
      }
      turns.push({ id, occurredAt: new Date(start + t * TURN_GAP_MS).toISOString(), text });
    });
  });
  const questions = script.questions.map((q, i) => ({
    id: `${script.user}-q${i + 1}`,
    question: q.question.replaceAll('’', "'"),
    answer: q.answer,
    kind: q.kind,
    evidence: q.evidence.map((label) => {
      const id = labels.get(label);
      if (!id) throw new Error(`${script.user}: unknown evidence label ${label}`);
      return id;
    }),
  }));
  return { user: script.user, name: script.name, turns, questions };
}

/** The whole dataset, personas in a fixed order so --slice picks the same questions every run. */
export function buildDataset(): EvalDataset {
  return { version: 1, users: [runner, shopper, traveller, finance, parent].map(buildUser) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataset = buildDataset();
  const out = new URL('./dataset.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  const turns = dataset.users.reduce((n, u) => n + u.turns.length, 0);
  const questions = dataset.users.reduce((n, u) => n + u.questions.length, 0);
  console.log(`wrote ${out.pathname}: ${dataset.users.length} users, ${turns} turns, ${questions} questions`);
}
