// Packing a batch: which episodes share one extraction call, and in what order.
import { describe, expect, it } from 'vitest';
import { cutPacks, PACK_LIMITS, packEpisodes } from '../../src/memory/ingest/packing.ts';
import type { PreparedEpisode } from '../../src/memory/ingest/types.ts';

function episode(index: number, occurredAt: string, content = `episode ${index}`): PreparedEpisode {
  return {
    index,
    ref: `in${index}`,
    content,
    source: 'chat',
    sourceRef: null,
    occurredAt,
    contentHash: `hash-${index}`,
    dedupKey: `key-${index}`,
    speaker: null,
    conversationId: null,
  };
}

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}T10:00:00.000Z`;
const indexes = (packs: PreparedEpisode[][]) => packs.map((pack) => pack.map((e) => e.index));

describe('packEpisodes', () => {
  it('orders by occurredAt, keeping input order between episodes of the same time', () => {
    const packs = packEpisodes([
      episode(0, day(3)),
      episode(1, day(1)),
      episode(2, day(3)),
      episode(3, day(2)),
    ]);
    expect(indexes(packs)).toEqual([[1, 3, 0, 2]]);
  });

  it('does not reorder the caller’s array', () => {
    const batch = [episode(0, day(2)), episode(1, day(1))];
    packEpisodes(batch);
    expect(batch.map((e) => e.index)).toEqual([0, 1]);
  });

  it(`cuts after ${PACK_LIMITS.episodes} episodes`, () => {
    const batch = Array.from({ length: 2 * PACK_LIMITS.episodes + 1 }, (_, i) => episode(i, day(1)));
    const packs = packEpisodes(batch);
    expect(packs.map((p) => p.length)).toEqual([PACK_LIMITS.episodes, PACK_LIMITS.episodes, 1]);
    expect(packs.flat().map((e) => e.index)).toEqual(batch.map((e) => e.index));
  });

  it('gives nothing for no episodes', () => {
    expect(packEpisodes([])).toEqual([]);
  });
});

describe('cutPacks', () => {
  const text = (chars: number) => ({ content: 'x'.repeat(chars) });

  it('starts a new pack when the next episode would pass the character budget', () => {
    const third = PACK_LIMITS.chars / 3;
    const packs = cutPacks([text(third), text(third), text(third), text(1)]);
    expect(packs.map((p) => p.length)).toEqual([3, 1]);
  });

  it('keeps an episode over the budget on its own, never splitting or dropping it', () => {
    const packs = cutPacks([text(10), text(PACK_LIMITS.chars + 1), text(10)]);
    expect(packs.map((p) => p.map((e) => e.content.length))).toEqual([[10], [PACK_LIMITS.chars + 1], [10]]);
  });

  it('keeps the order it is given', () => {
    const packs = cutPacks([{ content: 'b' }, { content: 'a' }, { content: 'c' }]);
    expect(packs).toEqual([[{ content: 'b' }, { content: 'a' }, { content: 'c' }]]);
  });
});
