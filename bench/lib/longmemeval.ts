// Chat turns from LongMemEval-S (MIT, https://github.com/xiaowu0162/LongMemEval): one user's long chat history
// made of several questions' haystacks, for benches that need real conversation text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface LmeQuestion {
  question_id: string;
  question: string;
  haystack_dates: string[];
  haystack_session_ids: string[];
  haystack_sessions: Array<Array<{ role: string; content: string }>>;
}

export interface ChatTurn {
  content: string;
  speaker: string;
  conversationId: string;
  sourceRef: string;
  occurredAt: string;
}

export interface ChatHistory {
  files: string[];
  questions: string[];
  turns: ChatTurn[];
}

/** "2023/05/21 (Sun) 19:50" → ISO time, plus `offsetSeconds` so turns of one session stay in order. */
function sessionTime(stamp: string, offsetSeconds: number): string {
  const m = /^(\d{4})\/(\d\d)\/(\d\d)\D+(\d\d):(\d\d)/.exec(stamp);
  const base = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) : Date.UTC(2023, 0, 1);
  return new Date(base + offsetSeconds * 1000).toISOString();
}

/**
 * The first `questions` files (in name order) whose haystack has at least 30 sessions and `minTurnsEach` turns,
 * concatenated: each turn one episode, speaker = role, conversation = session id (sessions shared between
 * haystacks kept once). Null when the directory is absent.
 */
export function loadChatHistory(
  dir: string,
  options: { questions: number; minTurnsEach: number },
): ChatHistory | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const history: ChatHistory = { files: [], questions: [], turns: [] };
  const sessions = new Set<string>();
  for (const name of names) {
    if (history.files.length >= options.questions) break;
    const q = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as LmeQuestion;
    const turns = q.haystack_sessions.reduce((n, s) => n + s.length, 0);
    if (q.haystack_sessions.length < 30 || turns < options.minTurnsEach) continue;
    history.files.push(name);
    history.questions.push(q.question);
    q.haystack_sessions.forEach((session, s) => {
      const conversationId = q.haystack_session_ids[s] ?? `${q.question_id}-${s}`;
      if (sessions.has(conversationId)) return;
      sessions.add(conversationId);
      session.forEach((turn, t) => {
        history.turns.push({
          content: turn.content,
          speaker: turn.role,
          conversationId,
          sourceRef: `${conversationId}#${t}`,
          occurredAt: sessionTime(q.haystack_dates[s] ?? '', t * 20),
        });
      });
    });
  }
  return history;
}
