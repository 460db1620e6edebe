// Ranks catalogue products by what the shopper's memories say, without a model: words she is positive about
// raise a product, words she has turned away from ("no more meat", "switched from running") rule it out.

export interface Product {
  id: string;
  name: string;
  category: string;
  description: string;
  tags: string[];
}

/** A recalled memory: its text, how relevant the server found it, and when it happened (if known). */
export interface Memory {
  text: string;
  score: number;
  occurredAt?: string | null;
}

export interface Recommendation {
  product: Product;
  score: number;
  /** The memory words that matched the product's tags. */
  because: string[];
}

// A turning-away cue starts a span that runs to the end of the clause ("to cycling" ends "switched from running").
const TURNED_AWAY =
  /\b(no more|no longer|not anymore|stopped|quit|gave up|switched from|moved away from|don't|do not|never|avoid)\b/i;
const SPAN_END = /[.;!?:]|\bbut\b|\bto\b|\binstead\b|\bnow\b/i;

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => w.replace(/(?<=[a-z]{3})s$/, ''));
}

/** Splits a memory into the words it is positive about and the words it turns away from. */
export function readMemory(text: string): { liked: string[]; avoided: string[] } {
  const liked: string[] = [];
  const avoided: string[] = [];
  let rest = text;
  for (let cue = TURNED_AWAY.exec(rest); cue; cue = TURNED_AWAY.exec(rest)) {
    liked.push(...words(rest.slice(0, cue.index)));
    const after = rest.slice(cue.index + cue[0].length);
    const end = SPAN_END.exec(after);
    avoided.push(...words(end ? after.slice(0, end.index) : after));
    rest = end ? after.slice(end.index) : '';
  }
  liked.push(...words(rest));
  return { liked, avoided };
}

/**
 * Ranks the catalogue for these memories, best first; products she turned away from are left out. Memories are
 * read oldest first (undated ones, such as entity summaries, before all), so the latest word on a taste wins.
 */
export function rankProducts(catalogue: Product[], memories: Memory[]): Recommendation[] {
  const liked = new Map<string, number>();
  const avoided = new Set<string>();
  const time = (m: Memory) => (m.occurredAt ? Date.parse(m.occurredAt) : Number.NEGATIVE_INFINITY);
  for (const memory of [...memories].sort((a, b) => (time(a) === time(b) ? 0 : time(a) < time(b) ? -1 : 1))) {
    const read = readMemory(memory.text);
    for (const word of read.avoided) avoided.add(word);
    for (const word of read.liked) {
      liked.set(word, (liked.get(word) ?? 0) + Math.max(memory.score, 0.01));
      // Said again after turning away from it: the taste is back. Within one memory, turning away wins.
      if (!read.avoided.includes(word)) avoided.delete(word);
    }
  }
  const ranked: Recommendation[] = [];
  for (const product of catalogue) {
    const tags = product.tags.map((t) => words(t)[0] ?? t);
    if (tags.some((t) => avoided.has(t))) continue;
    const because = tags.filter((t) => liked.has(t));
    const score = because.reduce((sum, t) => sum + (liked.get(t) ?? 0), 0);
    if (score > 0) ranked.push({ product, score, because });
  }
  return ranked.sort((a, b) => b.score - a.score || a.product.id.localeCompare(b.product.id));
}
