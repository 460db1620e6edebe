// The eval's metric, tokenizer, BM25 and LongMemEval selection: pure functions, no I/O beyond the committed sample.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../eval/bm25.ts';
import { haystackTurns, parseLmeDate } from '../../eval/longmemeval/haystack.ts';
import { listQuestions, readQuestion, selectQuestions } from '../../eval/longmemeval/questions.ts';
import { distinctEpisodes, evidenceRecallAt, ratio, sessionRecallAt } from '../../eval/scoring.ts';
import { tokenize } from '../../eval/tokenizer.ts';

const SAMPLE = fileURLToPath(new URL('../../eval/data/longmemeval-sample/', import.meta.url));

describe('evidence recall over a budget of distinct episodes', () => {
  it('spends one slot per distinct episode, in ranked order, whatever the result grouping', () => {
    const ranked = [['a', 'b', 'c'], ['b', 'd'], ['e']];
    expect(distinctEpisodes(ranked, 4)).toEqual(['a', 'b', 'c', 'd']);
    // A result citing many episodes spends the budget before the later ones are reached.
    const wide = [Array.from({ length: 20 }, (_, i) => `x${i}`), ['evidence']];
    expect(evidenceRecallAt(10, ['evidence'], wide)).toBe(0);
    expect(evidenceRecallAt(10, ['evidence'], [['evidence'], ...wide])).toBe(1);
    expect(evidenceRecallAt(2, ['a', 'd'], ranked)).toBe(0.5);
  });

  it('credits a session when one of its turns is in the budget', () => {
    const sessionOf = (id: string) => id.split('#')[0];
    const ranked = [['s1#0'], ['s2#4'], ['s3#1']];
    expect(sessionRecallAt(2, ['s2', 's3'], ranked, sessionOf)).toBe(0.5);
    expect(sessionRecallAt(3, ['s2', 's3'], ranked, sessionOf)).toBe(1);
  });

  it('gives no ratio over a zero or missing baseline', () => {
    expect(ratio(0.6, 0.5)).toBeCloseTo(1.2);
    expect(ratio(0.6, 0)).toBeNull();
    expect(ratio(null, 0.5)).toBeNull();
  });
});

describe('the shared tokenizer and BM25', () => {
  it('lowercases, strips possessives and stopwords, and Porter-stems', () => {
    expect(tokenize("Alice's running shoes were in the Hiking club's van")).toEqual([
      'alic',
      'run',
      'shoe',
      'hike',
      'club',
      'van',
    ]);
  });

  it('ranks the turn that shares the rare stemmed terms first', () => {
    const index = new Bm25Index([
      { id: 't1', text: 'I went to the cinema on Friday.' },
      { id: 't2', text: 'My sister adopted two kittens last spring.' },
      { id: 't3', text: 'The weather was nice.' },
    ]);
    expect(index.search('When did my sister adopt a kitten?', 10)).toEqual(['t2']);
  });
});

describe('LongMemEval questions', () => {
  it('reads dates and keeps turns in session date order with their session and evidence', () => {
    expect(parseLmeDate('2023/05/28 (Sun) 19:47').toISOString()).toBe('2023-05-28T19:47:00.000Z');
    for (const entry of listQuestions(SAMPLE, 'all')) {
      const q = readQuestion(entry.file);
      const turns = haystackTurns(q);
      const times = turns.map((t) => t.occurredAt);
      expect([...times].sort()).toEqual(times);
      expect(new Set(turns.map((t) => t.id)).size).toBe(turns.length);
      expect(turns.some((t) => t.hasAnswer)).toBe(true);
      for (const id of q.answer_session_ids) expect(turns.some((t) => t.sessionId === id)).toBe(true);
    }
  });

  it('selects by type round-robin, deterministically', () => {
    const entries = listQuestions(SAMPLE, 'all');
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const two = selectQuestions(entries, { limit: 2 });
    expect(new Set(two.map((e) => e.type)).size).toBe(2);
    expect(selectQuestions(entries, { limit: 2 })).toEqual(two);
    const one = selectQuestions(entries, { types: ['multi-session'] });
    expect(one.every((e) => e.type === 'multi-session')).toBe(true);
  });
});
