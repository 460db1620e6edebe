// Groups a batch of episodes into packs that share one extraction call, in occurredAt order.
import type { PreparedEpisode } from './types.ts';

/** Most episodes one extraction call handles, and the character budget of their combined content. */
export const PACK_LIMITS = { episodes: 8, chars: 12_000 } as const;

/** Sorts episodes by occurredAt (stable) and cuts them into packs within PACK_LIMITS. */
export function packEpisodes(episodes: PreparedEpisode[]): PreparedEpisode[][] {
  return cutPacks(
    [...episodes].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.index - b.index),
  );
}

/** Cuts episodes, in the order given, into packs within PACK_LIMITS. */
export function cutPacks<T extends Pick<PreparedEpisode, 'content'>>(episodes: T[]): T[][] {
  const packs: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const episode of episodes) {
    const full = current.length >= PACK_LIMITS.episodes || chars + episode.content.length > PACK_LIMITS.chars;
    if (current.length > 0 && full) {
      packs.push(current);
      current = [];
      chars = 0;
    }
    current.push(episode);
    chars += episode.content.length;
  }
  if (current.length > 0) packs.push(current);
  return packs;
}
