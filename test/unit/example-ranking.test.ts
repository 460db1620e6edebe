// The recommendation example's offline ranking (examples/recommendations/rank.ts): no server, no model.
import { describe, expect, it } from 'vitest';
import { rankProducts, readMemory } from '../../examples/recommendations/rank.ts';
import { loadCatalogue } from '../../examples/recommendations/run.ts';

describe('the example offline ranking', () => {
  it('reads what a memory turns away from', () => {
    expect(readMemory('I switched from running to cycling on weekends')).toEqual({
      liked: ['i', 'to', 'cycling', 'on', 'weekend'],
      avoided: ['running'],
    });
    expect(readMemory("I've gone vegan: no more meat or cheese.").avoided).toEqual(['meat', 'or', 'cheese']);
  });

  it('leaves out products with an avoided tag, ranks the rest by liked words', () => {
    const ranked = rankProducts(loadCatalogue(), [
      { text: 'I ride my bike to work and love cycling', score: 1 },
      { text: 'No more whey for me', score: 1 },
    ]);
    expect(ranked.map((r) => r.product.id).slice(0, 3)).toEqual(['P04', 'P05', 'P06']);
    expect(ranked.some((r) => r.product.tags.includes('whey'))).toBe(false);
  });

  it('lets the latest word on a taste win', () => {
    const ids = (memories: Parameters<typeof rankProducts>[1]) =>
      rankProducts(loadCatalogue(), memories).map((r) => r.product.id);
    const quit = { text: 'I stopped running last year.', score: 1, occurredAt: '2024-01-01T00:00:00Z' };
    const back = {
      text: 'Back on the trail: running three times a week.',
      score: 1,
      occurredAt: '2024-06-01T00:00:00Z',
    };
    expect(ids([back, quit])).toContain('P01');
    expect(ids([{ ...back, occurredAt: '2023-06-01T00:00:00Z' }, quit])).not.toContain('P01');
  });
});
