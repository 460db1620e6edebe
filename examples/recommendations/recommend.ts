// Asks Persona Graph for recommendations: recall the shopper's memories per product category, ask ragQuery,
// and rank the catalogue (the model's picks when a real model answered, the offline ranking otherwise).
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core/index.js';
import { RAG_QUERY, RECALL } from './operations.ts';
import { type Memory, type Product, rankProducts } from './rank.ts';

interface MemoryItem {
  kind: string;
  id: string;
  text: string;
  score: number;
  sources: Array<{ occurredAt: string }>;
}

export interface Recommendations {
  /** Best first. */
  products: Product[];
  /** What the model said (or the offline provider's answer). */
  answer: string;
  /** 'model' when the products are the model's picks, 'memories' when ranked from recalled memories. */
  rankedBy: 'model' | 'memories';
  memories: Memory[];
}

function question(catalogue: Product[]): string {
  const lines = catalogue.map((p) => `[${p.id}] ${p.name}: ${p.description}`);
  return [
    'Which products from this catalogue should we recommend to this shopper now, two per category, given her',
    'current tastes, diet and sports? Leave out anything she no longer wants. Answer with the product ids in',
    'brackets, best first.',
    ...lines,
  ].join('\n');
}

/** Recommends up to `perCategory` products of each catalogue category for the shopper, best first. */
export async function recommend(
  client: ApolloClient<NormalizedCacheObject>,
  userId: string,
  catalogue: Product[],
  perCategory = 2,
): Promise<Recommendations> {
  // One recall per category, worded with the category's vocabulary, so every kind of taste is looked up.
  const categories = [...new Set(catalogue.map((p) => p.category))];
  const recalled = await Promise.all(
    categories.map(async (category) => {
      const vocabulary = [
        ...new Set(catalogue.filter((p) => p.category === category).flatMap((p) => p.tags)),
      ];
      const { data } = await client.query<{ recall: MemoryItem[] }>({
        query: RECALL,
        variables: { userId, input: { query: vocabulary.join(' '), limit: 20 } },
        fetchPolicy: 'no-cache',
      });
      return data.recall;
    }),
  );
  const { data } = await client.mutate<{
    ragQuery: { answer: string; context: MemoryItem[]; usage: { provider: string; model: string } };
  }>({
    mutation: RAG_QUERY,
    variables: { userId, input: { query: question(catalogue), limit: 20 } },
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('ragQuery returned no data');
  const { answer, context, usage } = data.ragQuery;

  const byId = new Map<string, Memory>();
  for (const item of [...recalled.flat(), ...context]) {
    const seen = byId.get(item.id);
    if (!seen || item.score > seen.score) {
      byId.set(item.id, {
        text: item.text,
        score: item.score,
        occurredAt: item.sources[0]?.occurredAt ?? null,
      });
    }
  }
  const memories = [...byId.values()];

  const picked = [...answer.matchAll(/\[(P\d+)\]/g)]
    .map((m) => catalogue.find((p) => p.id === m[1]))
    .filter((p): p is Product => p !== undefined);
  if (usage.provider !== 'offline' && picked.length > 0) {
    return {
      products: topPerCategory([...new Set(picked)], perCategory),
      answer,
      rankedBy: 'model',
      memories,
    };
  }
  const ranked = rankProducts(catalogue, memories).map((r) => r.product);
  return { products: topPerCategory(ranked, perCategory), answer, rankedBy: 'memories', memories };
}

function topPerCategory(ranked: Product[], perCategory: number): Product[] {
  const taken = new Map<string, number>();
  return ranked.filter((p) => {
    const n = taken.get(p.category) ?? 0;
    taken.set(p.category, n + 1);
    return n < perCategory;
  });
}
