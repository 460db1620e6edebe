// How recall searches and ranks: every weight and limit in one place, chosen by a named recipe.
//
// Scores are fused by weighted min-max normalisation (each retriever's scores mapped to 0..1 over its own hits):
// on long chat histories it beat reciprocal rank fusion by 2–7 points of evidence recall, and RRF of keyword and
// dense lists sometimes fell below keyword search alone.

export interface SearchRecipe {
  name: string;
  /** Hits each retriever asks its index for (before the user filter for shared vector indexes). */
  candidates: number;
  /** Over-fetch of the shared vector indexes, which hold every user's nodes. */
  vectorOverFetch: number;
  /**
   * A user with at most this many episodes (or facts) is searched by an exact cosine scan instead of the shared
   * vector index: about 0.05–0.1 ms a node on two cores, against 10–25 ms for one over-fetching index query.
   */
  exactScanMax: number;
  /** Lucene field boosts of the episode text index: the turn itself, its neighbouring turns, its facts. */
  episodeFields: { content: number; context: number; factKeys: number; speaker: number };
  episode: {
    /** Weight of the keyword (BM25) score. */
    text: number;
    /** Weight of the dense score (the turn's cosine plus `neighbourDense` × its neighbours' mean cosine). */
    dense: number;
    neighbourDense: number;
  };
  fact: {
    text: number;
    dense: number;
    /** Added to facts about an entity the query names (one hop from it). */
    namedEntity: number;
    /** Added to facts about a neighbour of a named entity (two hops). */
    neighbourEntity: number;
    /** Facts compete with their own source episodes: scaled so the raw turn wins a tie. */
    scale: number;
  };
  /** Score of an entity the query names (its sources are its most relevant mentions). */
  namedEntity: number;
  /** Score of an entity linked by a fact to a named one. */
  neighbourEntity: number;
  /** Added to episodes said by a speaker the query names. */
  speakerBonus: number;
  /** Added to episodes (and facts) dated within a time range the query names ("last month", "in May 2023"). */
  timeBonus: number;
  /** Sources an entity or fact cites at most: the ones most relevant to the query, not every mention. */
  maxSourcesPerItem: number;
  /** Least dense score (Neo4j's normalised (1 + cos) / 2) for a vector hit to count at all. */
  minVectorScore: number;
  /** Activation multiplies by e^(activation × this); recency fades a score by at most `recencyFade`. */
  activationWeight: number;
  recencyFade: number;
  recencyDays: number;
}

/** The default: episodes are first-class evidence, facts and named entities join them. */
export const HYBRID: SearchRecipe = {
  name: 'hybrid',
  // 30 (at least the page, recall.ts): on LongMemEval-S (the same 30 graphs asked again) evidence recall
  // was the same as with 60 and 40 (turn @10 a little higher), on the own set the same; the statement hydrates
  // and returns fewer candidates (about 2 ms less at 10,000 facts than 60).
  candidates: 30,
  // The shared vector indexes still fetch 240 nodes, as with 60 candidates × 4: other users crowd them no more.
  vectorOverFetch: 8,
  exactScanMax: 200,
  episodeFields: { content: 1, context: 0.5, factKeys: 0.3, speaker: 0.2 },
  episode: { text: 0.6, dense: 0.4, neighbourDense: 0.5 },
  fact: { text: 0.5, dense: 0.5, namedEntity: 0.25, neighbourEntity: 0.12, scale: 0.9 },
  namedEntity: 0.7,
  neighbourEntity: 0.3,
  speakerBonus: 0.08,
  timeBonus: 0.15,
  maxSourcesPerItem: 3,
  minVectorScore: 0.55,
  activationWeight: 0.05,
  recencyFade: 0.1,
  recencyDays: 180,
};

/** Keyword and graph only: what recall does when no query vector could be had. */
export const KEYWORD: SearchRecipe = {
  ...HYBRID,
  name: 'keyword',
  episode: { ...HYBRID.episode, text: 1, dense: 0 },
  fact: { ...HYBRID.fact, text: 1, dense: 0 },
};

export const RECIPES = { hybrid: HYBRID, keyword: KEYWORD } as const;
export type RecipeName = keyof typeof RECIPES;
