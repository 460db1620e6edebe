import { describe, expect, it } from 'vitest';
import { namedTimeWords, resolveTimeRange } from '../../src/memory/recall/time-expressions.ts';

// Asked on Wednesday 2024-07-17 at noon.
const at = new Date('2024-07-17T12:00:00Z');
const range = (query: string) => {
  const r = resolveTimeRange(query, at);
  return r && [r.from.toISOString().slice(0, 10), r.to.toISOString().slice(0, 10), r.phrase];
};

describe('time named in a question', () => {
  it('resolves absolute months, days and years', () => {
    expect(range('What did I buy in May 2023?')).toEqual(['2023-05-01', '2023-06-01', 'in May 2023']);
    expect(range('Where was I on March 3rd, 2024?')).toEqual([
      '2024-03-02',
      '2024-03-05',
      'on March 3rd, 2024',
    ]);
    expect(range('Which books did I read in 2022?')).toEqual(['2022-01-01', '2023-01-01', 'in 2022']);
  });

  it('resolves a month without a year to the latest one that had begun', () => {
    expect(range('Who did I meet in March?')?.slice(0, 2)).toEqual(['2024-03-01', '2024-04-01']);
    expect(range('Where did I travel in September?')?.slice(0, 2)).toEqual(['2023-09-01', '2023-10-01']);
  });

  it('resolves relative expressions against the time the question is asked', () => {
    expect(range('What did I cook yesterday?')?.slice(0, 2)).toEqual(['2024-07-15', '2024-07-17']);
    expect(range('Which film did I see last Saturday?')?.slice(0, 2)).toEqual(['2024-07-13', '2024-07-14']);
    expect(range('What did I order two weeks ago?')?.slice(0, 2)).toEqual(['2024-06-29', '2024-07-08']);
    expect(range('Who called me last month?')?.slice(0, 2)).toEqual(['2024-06-01', '2024-07-18']);
    expect(range('What happened last week?')?.slice(0, 2)).toEqual(['2024-07-07', '2024-07-18']);
  });

  it('finds no time in a question without one', () => {
    expect(range('What does she do for fun?')).toBeNull();
    expect(range('Which marathon may I run?')).toBeNull();
  });
});

describe('words of a time phrase that a turn may say itself', () => {
  it('keeps month and weekday names and years, not relative words or day counts', () => {
    expect(namedTimeWords('in March')).toEqual(['march']);
    expect(namedTimeWords('on March 3rd, 2024')).toEqual(['march', '2024']);
    expect(namedTimeWords('last Friday')).toEqual(['friday']);
    expect(namedTimeWords('three days ago')).toEqual([]);
    expect(namedTimeWords('last month')).toEqual([]);
  });
});
