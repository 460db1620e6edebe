// A question's haystack as the turns the eval ingests: one episode per turn, in session date order.
import type { LmeQuestion } from './questions.ts';

export interface HaystackTurn {
  /** `${sessionKey}#${turnIndex}`: the episode's sourceRef, so episode ids map back to turns. */
  id: string;
  /** The published session id (what answer_session_ids name). */
  sessionId: string;
  role: string;
  content: string;
  occurredAt: string;
  hasAnswer: boolean;
}

/** "2023/05/28 (Sun) 19:47" as a Date (read as UTC; the dataset gives no zone). */
export function parseLmeDate(text: string): Date {
  const m = /^(\d{4})\/(\d{2})\/(\d{2})(?:\s*\([^)]*\))?\s*(\d{1,2}):(\d{2})/.exec(text.trim());
  if (!m) throw new Error(`not a LongMemEval date: ${text}`);
  const [, y, mo, d, h, mi] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
}

/**
 * The turns of a question's haystack. Sessions are taken in date order (stable for equal dates), each turn dated
 * at its session's date plus its index in seconds so order is kept; empty turns are left out for every system.
 * A session id repeated in a haystack gets a `~n` key so its turns stay distinct.
 */
export function haystackTurns(q: LmeQuestion): HaystackTurn[] {
  const seen = new Map<string, number>();
  const sessions = q.haystack_sessions.map((turns, i) => {
    const sessionId = q.haystack_session_ids[i] ?? `session-${i}`;
    const n = (seen.get(sessionId) ?? 0) + 1;
    seen.set(sessionId, n);
    const date = parseLmeDate(q.haystack_dates[i] ?? q.question_date);
    return { sessionId, key: n === 1 ? sessionId : `${sessionId}~${n}`, date, turns, order: i };
  });
  sessions.sort((a, b) => a.date.getTime() - b.date.getTime() || a.order - b.order);
  return sessions.flatMap((s) =>
    s.turns.flatMap((t, index) =>
      t.content?.trim()
        ? [
            {
              id: `${s.key}#${index}`,
              sessionId: s.sessionId,
              role: t.role,
              content: t.content,
              occurredAt: new Date(s.date.getTime() + index * 1000).toISOString(),
              hasAnswer: t.has_answer === true,
            },
          ]
        : [],
    ),
  );
}
