// The memory system's side of the eval: recall in evaluation mode, read as a ranking of cited turns.
import type { Driver } from 'neo4j-driver';
import type { LlmUsage } from '../src/llm/index.ts';
import { numberedContext } from '../src/memory/rag/index.ts';
import { type MemoryItem, type RecallServices, recallMemory } from '../src/memory/recall/index.ts';

/** Items asked of recall per question: enough for items that cite nothing to leave the episode budget unfilled. */
export const RECALL_ITEMS = 30;

const EPISODE_REFS = `
MATCH (e:Episode) WHERE e.userId = $userId
RETURN e.id AS id, e.sourceRef AS ref`;

/** Episode id → the sourceRef it was ingested with (the eval's turn id), for one user. */
export async function episodeRefs(driver: Driver, userId: string): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(EPISODE_REFS, { userId }, { routing: 'READ' });
  return new Map(records.map((r) => [r.get('id') as string, String(r.get('ref') ?? '')]));
}

export interface MemoryRanking {
  items: MemoryItem[];
  /** Per item, the turn ids it cites, most relevant first. */
  ranked: string[][];
  usage: LlmUsage;
}

/** Recall with reinforcement off (the graph is not changed by the question), asked at `at`. */
export async function recallRanking(
  services: RecallServices,
  userId: string,
  question: { query: string; at?: string | null },
  turnOf: Map<string, string>,
): Promise<MemoryRanking> {
  const { items, usage } = await recallMemory(services, userId, {
    query: question.query,
    limit: RECALL_ITEMS,
    at: question.at ?? null,
    reinforce: false,
  });
  const ranked = items.map((item) =>
    (item.sourceIds ?? []).map((id) => turnOf.get(id)).filter((t): t is string => Boolean(t)),
  );
  return { items, ranked, usage };
}

/**
 * ragQuery's answering step over items already recalled: the eval asks recall once per question, with
 * reinforcement off, and answers from those same items.
 */
export async function answerFromItems(
  services: RecallServices,
  question: string,
  items: MemoryItem[],
  limit = 10,
): Promise<{ answer: string; known: boolean; usage: LlmUsage | null }> {
  const context = items.slice(0, limit);
  if (context.length === 0) return { answer: "I don't know.", known: false, usage: null };
  const { answer, usage } = await services.llm.answer({
    question,
    context: numberedContext(context),
    now: services.now().toISOString(),
  });
  return { answer: answer.answer, known: answer.known, usage };
}
