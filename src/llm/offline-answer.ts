// Extractive answering for the offline provider: quote the context items that best overlap the question.
import type { Answer, AnswerRequest } from '../prompts/answer-question.ts';
import { stemmedWords } from '../text/index.ts';

const QUESTION_WORDS = new Set([
  'what',
  'where',
  'when',
  'who',
  'why',
  'how',
  'which',
  'whose',
  'tell',
  'know',
  'doe',
  'did',
]);
export const OFFLINE_UNKNOWN_ANSWER = "I don't know based on what I remember.";
const MAX_CITED = 3;
// Facts are written with one verb per predicate ("likes", "works as"), questions use many.
const SYNONYMS: Record<string, string> = {
  lov: 'lik',
  enjoy: 'lik',
  ador: 'lik',
  fond: 'lik',
  job: 'work',
  occupation: 'work',
  career: 'work',
  profession: 'work',
  resid: 'liv',
  // Hobbies and interests are what someone likes.
  hobby: 'lik',
  interest: 'lik',
  fun: 'lik',
  passion: 'lik',
};
const words = (text: string) => stemmedWords(text).map((w) => SYNONYMS[w] ?? w);

interface QuestionName {
  word: string;
  stem: string;
  /** "Where does Alice's sister live?" asks about someone of Alice's, so "Alice's sister ..." answers it. */
  possessive: boolean;
}

/** Capitalised words after the first one ("Where does Maria live?" → maria): an answer must mention them. */
function namesIn(question: string): QuestionName[] {
  const tokens = question.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return tokens
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w) && w !== 'I')
    .map((token) => {
      const word = token.replace(/['’]s$/u, '').replace(/['’]$/u, '');
      return { word, stem: stemmedWords(word)[0] ?? word.toLowerCase(), possessive: word !== token };
    });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the item speaks of the named one themself, not only of something of theirs ("Alice's sister ..."). */
function mentions(item: { text: string }, name: QuestionName, itemWords: Set<string>): boolean {
  if (!itemWords.has(name.stem)) return false;
  if (name.possessive) return true;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name.word)}(?!\\p{L})(?!['’]s?(?!\\p{L}))`, 'iu').test(
    item.text,
  );
}

/** Picks the best-overlapping context items, answers with their text and cites their refs. */
export function answerOffline(request: AnswerRequest): Answer {
  const names = namesIn(request.question);
  const nameStems = new Set(names.map((n) => n.stem));
  const asked = words(request.question).filter((w) => !QUESTION_WORDS.has(w));
  // The name says whom the question is about, the other words what it asks: an item must match those.
  const about = asked.filter((w) => !nameStems.has(w));
  const wanted = new Set(about.length > 0 ? about : asked);
  const scored = request.context
    .map((item, position) => {
      const itemWords = new Set(words(item.text));
      const overlap = [...wanted].filter((w) => itemWords.has(w)).length;
      const hasNames = names.every((n) => mentions(item, n, itemWords));
      return {
        item,
        position,
        overlap,
        score: hasNames ? overlap / Math.sqrt(Math.max(itemWords.size, 1)) : 0,
      };
    })
    .filter((s) => s.overlap > 0 && s.score > 0)
    .sort((a, b) => b.score - a.score || a.position - b.position);
  const best = scored[0];
  if (!best) return { answer: OFFLINE_UNKNOWN_ANSWER, citations: [], known: false };
  const close = scored.filter((s) => s.score >= best.score * 0.75);
  // Facts are distilled from episodes: when facts answer, quoting their episodes too only repeats them.
  const facts = close.filter((s) => s.item.kind.toLowerCase() === 'fact');
  const chosen = (facts.length > 0 ? facts : close)
    .slice(0, MAX_CITED)
    // Newest first, so the current state leads when memory holds older versions.
    .sort((a, b) => (b.item.occurredAt ?? '').localeCompare(a.item.occurredAt ?? ''));
  const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  return {
    answer: chosen.map((s) => sentence(s.item.text)).join(' '),
    citations: chosen.map((s) => s.item.ref),
    known: true,
  };
}
