// Places new episodes in their conversations: each turn's number, and the neighbouring turns it carries as context.
import type { PreparedEpisode } from './types.ts';

/** How many turns before and after an episode its context holds. */
export const CONTEXT_TURNS = 3;
/** A neighbour longer than this is cut: context is for retrieval, the turn itself keeps its full text. */
const MAX_NEIGHBOUR_CHARS = 400;

/** A subquery: `tails`, the last CONTEXT_TURNS stored turns of each conversation in $conversationIds. */
export const CONVERSATION_TAILS = `
CALL () {
  UNWIND $conversationIds AS cid
  CALL (cid) {
    MATCH (ep:Episode {userId: $userId, conversationId: cid}) WHERE ep.turn IS NOT NULL
    RETURN ep ORDER BY ep.turn DESC LIMIT ${CONTEXT_TURNS}
  }
  RETURN collect(ep {.id, .conversationId, .turn, .speaker, .content,
    contextBefore: coalesce(ep.contextBefore, []), contextAfter: coalesce(ep.contextAfter, [])}) AS tails
}`;

export const UPDATE_PREVIOUS_TURNS = `
UNWIND $previous AS x
MATCH (ep:Episode {id: x.id}) WHERE ep.userId = $userId
SET ep.contextAfter = x.contextAfter, ep.context = x.context`;

export interface StoredTurn {
  id: string;
  conversationId: string;
  turn: number;
  speaker: string | null;
  content: string;
  contextBefore: string[];
  contextAfter: string[];
}

export interface TurnPlacement {
  /** 0-based position in the conversation; null outside a conversation. */
  turn: number | null;
  contextBefore: string[];
  contextAfter: string[];
  /** Before and after joined, one turn a line; null outside a conversation. */
  context: string | null;
}

/** The text of a turn as it is embedded and shown to neighbours: "speaker: content" when the speaker is known. */
export function speakerText(speaker: string | null | undefined, content: string): string {
  return speaker ? `${speaker}: ${content}` : content;
}

function neighbourText(turn: { speaker: string | null; content: string }): string {
  const text = speakerText(turn.speaker, turn.content.replace(/\s+/g, ' ').trim());
  return text.length > MAX_NEIGHBOUR_CHARS ? `${text.slice(0, MAX_NEIGHBOUR_CHARS - 1)}…` : text;
}

const joinContext = (before: string[], after: string[]) => [...before, ...after].join('\n');

/**
 * Numbers the new episodes of each conversation after its stored turns (in pack order), gives each its neighbours,
 * and extends the "after" part of the stored turns that now have new successors.
 */
export function placeTurns(
  episodes: Array<Pick<PreparedEpisode, 'ref' | 'speaker' | 'content' | 'conversationId'>>,
  tails: StoredTurn[],
): {
  placements: Map<string, TurnPlacement>;
  previous: Array<{ id: string; contextAfter: string[]; context: string }>;
} {
  const placements = new Map<string, TurnPlacement>();
  const previous: Array<{ id: string; contextAfter: string[]; context: string }> = [];
  const byConversation = new Map<string, typeof episodes>();
  for (const episode of episodes) {
    if (!episode.conversationId) {
      placements.set(episode.ref, { turn: null, contextBefore: [], contextAfter: [], context: null });
      continue;
    }
    const list = byConversation.get(episode.conversationId) ?? [];
    list.push(episode);
    byConversation.set(episode.conversationId, list);
  }
  for (const [conversationId, fresh] of byConversation) {
    const stored = tails.filter((t) => t.conversationId === conversationId).sort((a, b) => a.turn - b.turn);
    const firstTurn = (stored.at(-1)?.turn ?? -1) + 1;
    const texts = fresh.map(neighbourText);
    const storedTexts = stored.map(neighbourText);
    fresh.forEach((episode, i) => {
      const before = [...storedTexts, ...texts.slice(0, i)].slice(-CONTEXT_TURNS);
      const after = texts.slice(i + 1, i + 1 + CONTEXT_TURNS);
      placements.set(episode.ref, {
        turn: firstTurn + i,
        contextBefore: before,
        contextAfter: after,
        context: joinContext(before, after),
      });
    });
    for (const turn of stored) {
      // A stored turn's "after" already holds its successors up to the tail; the new turns follow them.
      const room = CONTEXT_TURNS - turn.contextAfter.length;
      if (room <= 0) continue;
      const after = [...turn.contextAfter, ...texts.slice(0, room)];
      previous.push({ id: turn.id, contextAfter: after, context: joinContext(turn.contextBefore, after) });
    }
  }
  return { placements, previous };
}
