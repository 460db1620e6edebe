// ragQuery: recall, then ONE answering call on the numbered context; citations map back to the items used.
import { addUsage, type LlmUsage } from '../../llm/index.ts';
import { type MemoryItem, type RecallServices, recallMemory } from '../recall/index.ts';

/** The answer given when the memory holds nothing for the question (no model call is spent on it). */
export const NO_MEMORY_ANSWER = "I don't know: there is nothing in this user's memory about that.";

export interface RagAnswer {
  answer: string;
  /** False when the memory does not hold the answer. */
  known: boolean;
  context: MemoryItem[];
  citations: MemoryItem[];
  usage: LlmUsage;
}

/** The items as the answering prompt numbers them: ref "1" is the first item. */
export function numberedContext(items: MemoryItem[]) {
  return items.map((item, i) => ({
    ref: String(i + 1),
    kind: item.kind,
    text: item.text,
    occurredAt: item.occurredAt,
  }));
}

/** Answers a question from the user's memory only, citing the recalled items it used. */
export async function ragQuery(
  services: RecallServices,
  userId: string,
  options: { query: string; limit?: number | null; at?: string | null },
): Promise<RagAnswer> {
  const { items, usage: recallUsage } = await recallMemory(services, userId, options);
  if (items.length === 0) {
    return { answer: NO_MEMORY_ANSWER, known: false, context: [], citations: [], usage: recallUsage };
  }
  const refs = new Map(items.map((item, i) => [String(i + 1), item]));
  const { answer, usage } = await services.llm.answer({
    question: options.query.trim(),
    context: numberedContext(items),
    now: services.now().toISOString(),
  });
  // Models write "[2]" or "2"; refs outside the context are ignored rather than trusted.
  const cited = [...new Set(answer.citations.map((c) => c.replace(/[^\d]/g, '')))]
    .map((ref) => refs.get(ref))
    .filter((item): item is MemoryItem => Boolean(item));
  return {
    answer: answer.answer,
    known: answer.known,
    context: items,
    citations: cited,
    usage: addUsage(recallUsage, usage),
  };
}
