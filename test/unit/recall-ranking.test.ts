// Recall's fusion and final ranking (memory/recall/ranking.ts) with the recipes of search-config.ts: no database.
import { describe, expect, it } from 'vitest';
import {
  type EntityRow,
  type EpisodeRow,
  type FactRow,
  memoryWeight,
  minMax,
  type QuerySignals,
  type RecallCandidates,
  rankCandidates,
} from '../../src/memory/recall/ranking.ts';
import { HYBRID, KEYWORD } from '../../src/memory/recall/search-config.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-01T12:00:00Z');

const episode = (id: string, over: Partial<EpisodeRow> = {}): EpisodeRow => ({
  id,
  text: id,
  speaker: null,
  at: NOW,
  occurredAt: null,
  dense: null,
  neighbourDense: null,
  mentions: [],
  ...over,
});
const fact = (id: string, over: Partial<FactRow> = {}): FactRow => ({
  id,
  text: id,
  activation: null,
  at: NOW,
  occurredAt: null,
  dense: null,
  sources: [],
  ...over,
});
const entity = (id: string, over: Partial<EntityRow> = {}): EntityRow => ({
  id,
  text: id,
  activation: null,
  at: NOW,
  latest: null,
  named: true,
  ...over,
});
const candidates = (over: Partial<RecallCandidates>): RecallCandidates => ({
  episodeText: [],
  factText: [],
  namedFactIds: [],
  neighbourFactIds: [],
  episodes: [],
  facts: [],
  entities: [],
  ...over,
});
const signals = (over: Partial<QuerySignals> = {}): QuerySignals => ({
  names: new Set(),
  time: null,
  atMs: NOW,
  ...over,
});
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('min-max normalisation of one retriever', () => {
  it('maps the best hit to 1 and the floor to 0, keeping the order between', () => {
    const scaled = minMax(
      new Map([
        ['a', 4],
        ['b', 2],
        ['c', 3],
      ]),
      0,
    );
    expect(Object.fromEntries(scaled)).toEqual({ a: 1, b: 0.5, c: 0.75 });
  });

  it('does not push the weakest of a few hits to 0 when it is above the floor', () => {
    const scaled = minMax(
      new Map([
        ['a', 0.9],
        ['b', 0.7],
      ]),
      0.5,
    );
    expect(scaled.get('a')).toBe(1);
    expect(scaled.get('b')).toBeCloseTo(0.5, 10);
  });

  it('scores a single hit, or hits all equal, as 1', () => {
    expect(Object.fromEntries(minMax(new Map([['only', 0.2]]), 0.2))).toEqual({ only: 1 });
    expect(minMax(new Map(), 0).size).toBe(0);
  });
});

describe('memory weight (activation and recency)', () => {
  it('is 1 for an unused memory from right now', () => {
    expect(memoryWeight(HYBRID, null, 0)).toBe(1);
    expect(memoryWeight(HYBRID, 0, null)).toBe(1);
  });

  it('rises with activation and clamps it to [-6, 10]', () => {
    expect(memoryWeight(HYBRID, 2, 0)).toBeCloseTo(Math.exp(HYBRID.activationWeight * 2), 10);
    expect(memoryWeight(HYBRID, 50, 0)).toBe(memoryWeight(HYBRID, 10, 0));
    expect(memoryWeight(HYBRID, -50, 0)).toBe(memoryWeight(HYBRID, -6, 0));
    expect(memoryWeight(HYBRID, -1, 0)).toBeLessThan(1);
  });

  it('fades with age by at most recencyFade, and not for a use in the future', () => {
    const halfLife = memoryWeight(HYBRID, null, HYBRID.recencyDays * DAY);
    expect(halfLife).toBeCloseTo(1 - HYBRID.recencyFade + HYBRID.recencyFade * Math.exp(-1), 10);
    expect(memoryWeight(HYBRID, null, 10_000 * DAY)).toBeCloseTo(1 - HYBRID.recencyFade, 5);
    expect(memoryWeight(HYBRID, null, -DAY)).toBe(1);
  });
});

describe('ranking the candidates of every kind', () => {
  it('fuses keyword and dense scores of episodes by the recipe weights', () => {
    const found = candidates({
      episodeText: [
        { id: 'keyword', s: 8 },
        { id: 'both', s: 6 },
      ],
      episodes: [
        episode('keyword'),
        episode('both', { dense: 0.9 }),
        episode('dense', { dense: 0.95 }),
        episode('nothing'),
      ],
    });
    const hybrid = rankCandidates(HYBRID, found, signals(), 10);
    // 'both' has a strong keyword score and a strong dense one; 'nothing' matched neither and is left out.
    expect(ids(hybrid)).toEqual(['both', 'keyword', 'dense']);
    const byId = new Map(hybrid.map((item) => [item.id, item]));
    expect(byId.get('keyword')!.score).toBeCloseTo(HYBRID.episode.text, 10);
    expect(byId.get('dense')!.score).toBeCloseTo(HYBRID.episode.dense, 10);
    expect(byId.get('both')).toMatchObject({ kind: 'EPISODE', text: 'both', sourceIds: ['both'] });

    // Without a query vector the keyword recipe ignores dense scores altogether.
    expect(ids(rankCandidates(KEYWORD, found, signals(), 10))).toEqual(['keyword', 'both']);
  });

  it('adds the speaker bonus for a named speaker, but never for a chat role', () => {
    const found = candidates({
      episodeText: [
        { id: 'bob', s: 1 },
        { id: 'user', s: 1 },
        { id: 'carol', s: 1 },
      ],
      episodes: [
        episode('user', { speaker: 'User' }),
        episode('bob', { speaker: 'Bob' }),
        episode('carol', { speaker: 'Carol' }),
      ],
    });
    const ranked = rankCandidates(HYBRID, found, signals({ names: new Set(['bob', 'user']) }), 10);
    expect(ranked[0]!.id).toBe('bob');
    expect(ranked[0]!.score).toBeCloseTo(HYBRID.episode.text + HYBRID.speakerBonus, 10);
    expect(ranked.find((item) => item.id === 'user')!.score).toBeCloseTo(HYBRID.episode.text, 10);
  });

  it('adds the time bonus to what happened within the named range, by itself or through a source', () => {
    const may = {
      from: new Date('2025-05-01T00:00:00Z'),
      to: new Date('2025-06-01T00:00:00Z'),
      phrase: 'in May',
    };
    const inMay = Date.parse('2025-05-10T00:00:00Z');
    const found = candidates({
      episodeText: [
        { id: 'april', s: 1 },
        { id: 'may', s: 1 },
      ],
      factText: [
        { id: 'f-may-source', s: 1 },
        { id: 'f-june', s: 1 },
      ],
      episodes: [episode('april', { at: Date.parse('2025-04-10T00:00:00Z') }), episode('may', { at: inMay })],
      facts: [
        fact('f-june', { at: NOW }),
        fact('f-may-source', { at: NOW, sources: [{ id: 'may', at: inMay }] }),
      ],
    });
    const ranked = rankCandidates(HYBRID, found, signals({ time: may, atMs: NOW }), 10);
    const score = new Map(ranked.map((item) => [item.id, item.score]));
    expect(score.get('may')!).toBeGreaterThan(score.get('april')!);
    expect(score.get('f-may-source')!).toBeGreaterThan(score.get('f-june')!);
    expect(score.get('f-may-source')! / score.get('f-june')!).toBeCloseTo(
      (HYBRID.fact.text + HYBRID.timeBonus) / HYBRID.fact.text,
      2,
    );
  });

  it('lets a fact about a named entity outrank one about a neighbour, and a plain fact lose to its own turn', () => {
    const found = candidates({
      episodeText: [{ id: 'turn', s: 1 }],
      factText: [
        { id: 'named', s: 1 },
        { id: 'neighbour', s: 1 },
        { id: 'plain', s: 1 },
      ],
      namedFactIds: ['named'],
      neighbourFactIds: ['neighbour'],
      episodes: [episode('turn')],
      facts: [fact('plain'), fact('neighbour'), fact('named')],
    });
    const ranked = rankCandidates(KEYWORD, found, signals(), 10);
    expect(ids(ranked)).toEqual(['named', 'neighbour', 'turn', 'plain']);
    expect(ranked.find((item) => item.id === 'plain')!.score).toBeCloseTo(HYBRID.fact.scale, 10);
  });

  it('ranks what the user keeps coming back to above what is otherwise equal', () => {
    const found = candidates({
      factText: [
        { id: 'used-once', s: 1 },
        { id: 'used-often', s: 1 },
      ],
      facts: [fact('used-once', { activation: -2 }), fact('used-often', { activation: 3 })],
    });
    expect(ids(rankCandidates(HYBRID, found, signals(), 10))).toEqual(['used-often', 'used-once']);
  });

  it("cites a fact's most relevant candidate episodes first, then its most recent others, at most three", () => {
    const found = candidates({
      episodeText: [
        { id: 'relevant', s: 2 },
        { id: 'less', s: 1 },
      ],
      factText: [{ id: 'f', s: 1 }],
      episodes: [episode('relevant'), episode('less')],
      facts: [
        fact('f', {
          sources: [
            { id: 'old', at: NOW - 30 * DAY },
            { id: 'less', at: NOW },
            { id: 'recent', at: NOW - DAY },
            { id: 'relevant', at: NOW - 60 * DAY },
          ],
        }),
      ],
    });
    const f = rankCandidates(HYBRID, found, signals(), 10).find((item) => item.id === 'f')!;
    expect(f.sourceIds).toEqual(['relevant', 'less', 'recent']);
    expect(f.sourceIds).toHaveLength(HYBRID.maxSourcesPerItem);
  });

  it('scores entities by whether the query named them, citing their mentions or else their latest episode', () => {
    const found = candidates({
      episodeText: [{ id: 'mention', s: 1 }],
      episodes: [episode('mention', { mentions: ['alice'] })],
      entities: [
        entity('bob', { named: false, latest: 'bob-latest' }),
        entity('alice', { named: true, latest: 'alice-latest', text: 'Alice (person)' }),
        entity('carol', { named: false }),
      ],
    });
    const ranked = rankCandidates(HYBRID, found, signals(), 10);
    const alice = ranked.find((item) => item.id === 'alice')!;
    expect(alice).toMatchObject({
      kind: 'ENTITY',
      text: 'Alice (person)',
      score: HYBRID.namedEntity,
      sourceIds: ['mention'],
    });
    expect(ranked.find((item) => item.id === 'bob')).toMatchObject({
      score: HYBRID.neighbourEntity,
      sourceIds: ['bob-latest'],
    });
    expect(ranked.find((item) => item.id === 'carol')!.sourceIds).toEqual([]);
  });

  it('returns at most `limit` items, best first', () => {
    const found = candidates({
      episodeText: Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, s: i + 1 })),
      episodes: Array.from({ length: 5 }, (_, i) => episode(`e${i}`)),
    });
    expect(ids(rankCandidates(HYBRID, found, signals(), 2))).toEqual(['e4', 'e3']);
    expect(rankCandidates(HYBRID, candidates({}), signals(), 10)).toEqual([]);
  });
});
