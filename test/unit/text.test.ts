// Name keys, name runs and keywords of free text (src/text), shared by ingest, recall and the offline provider.
import { describe, expect, it } from 'vitest';
import { keywords, nameRuns, normalizeName, stemmedWords } from '../../src/text/index.ts';

describe('name keys', () => {
  it('drop case, accents, a leading article and punctuation', () => {
    expect(normalizeName('The Café  Müller!')).toBe('cafe muller');
    expect(normalizeName('An A.C. Milan fan')).toBe('a c milan fan');
    expect(normalizeName("O'Brien-Smith")).toBe('o brien smith');
    expect(normalizeName('Anna')).toBe('anna');
  });
});

describe('keywords of free text', () => {
  it('keeps significant words once, lowercase, in order', () => {
    expect(keywords("What is Alice's favourite hiking trail? Alice loves hiking!")).toEqual([
      'alice',
      'favourite',
      'hiking',
      'trail',
      'loves',
    ]);
  });

  it('keeps hyphenated and numeric words and letters of other scripts, drops one-letter words', () => {
    expect(keywords('A well-known café in 2024, x y — Zürich 東京')).toEqual([
      'well-known',
      'café',
      '2024',
      'zürich',
      '東京',
    ]);
  });

  it('stops at `max` words', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(keywords(text)).toHaveLength(24);
    expect(keywords(text, 3)).toEqual(['word0', 'word1', 'word2']);
  });

  it('finds nothing in stopwords and punctuation', () => {
    expect(keywords('what is it? --- !!')).toEqual([]);
  });
});

describe('name runs', () => {
  it('gives every run of one to three normalised words, each once, in order', () => {
    expect(nameRuns('My wife Maria, Maria!', { limit: 100 })).toEqual([
      'my',
      'my wife',
      'my wife maria',
      'wife',
      'wife maria',
      'wife maria maria',
      'maria',
      'maria maria',
    ]);
  });

  it('leaves out short words and stops at the limit', () => {
    expect(nameRuns('I met Jo in Rome', { minLength: 2, limit: 3 })).toEqual(['met', 'met jo', 'met jo in']);
    expect(nameRuns('a b c d', { maxWords: 1, limit: 10 })).toEqual(['b', 'c', 'd']);
  });
});

describe('stemmed words', () => {
  it('let forms of one word meet and drop stopwords unless asked to keep them', () => {
    expect(stemmedWords('Hiking, hikes and the hike')).toEqual(['hik', 'hik', 'hik']);
    expect(stemmedWords('the hike', true)).toEqual(['the', 'hik']);
  });
});
