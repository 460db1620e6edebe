// The final scoring stage across kinds: each retriever's scores min-max normalised, weighted by the recipe,
// bonuses for a named speaker and a named time, activation and recency; then each item's few best sources.
import type { SearchRecipe } from './search-config.ts';
import type { TimeRange } from './time-expressions.ts';
import type { MemoryKind } from './visibility.ts';

export interface ScoredHit {
  id: string;
  s: number;
}
export interface EpisodeRow {
  id: string;
  text: string;
  speaker: string | null;
  at: number | null;
  occurredAt: string | null;
  dense: number | null;
  neighbourDense: number | null;
  mentions: string[];
}
export interface FactRow {
  id: string;
  text: string;
  activation: number | null;
  at: number | null;
  occurredAt: string | null;
  dense: number | null;
  sources: Array<{ id: string; at: number | null }>;
}
export interface EntityRow {
  id: string;
  text: string;
  activation: number | null;
  at: number | null;
  latest: string | null;
  /** Named in the query (else a neighbour of a named entity, two hops). */
  named: boolean;
}

/** What the recall statement returns. */
export interface RecallCandidates {
  episodeText: ScoredHit[];
  factText: ScoredHit[];
  namedFactIds: string[];
  neighbourFactIds: string[];
  episodes: EpisodeRow[];
  facts: FactRow[];
  entities: EntityRow[];
}

/** What the query says beyond its words: who and when. */
export interface QuerySignals {
  /** Normalised word runs of the query (to match speakers). */
  names: Set<string>;
  time: TimeRange | null;
  /** When the question is asked (epoch ms), for recency. */
  atMs: number;
}

export interface RankedItem {
  kind: MemoryKind;
  id: string;
  text: string;
  score: number;
  occurredAt: string | null;
  sourceIds: string[];
}

/**
 * Scores mapped to 0..1 over one retriever's hits. The low end is at most `floor` (what a retriever's weakest
 * possible hit scores), so that among a few hits the last one is not pushed to 0 just for being last.
 */
export function minMax(scores: Map<string, number>, floor: number): Map<string, number> {
  const values = [...scores.values()];
  const lo = Math.min(floor, ...values);
  const hi = Math.max(...values);
  return new Map([...scores].map(([id, s]) => [id, hi > lo ? (s - lo) / (hi - lo) : 1]));
}

/** Chat roles are not names: a query mentioning "user" is not about the user's own turns. */
const ROLES = new Set(['user', 'assistant', 'system', 'human', 'ai', 'bot']);

/** Multiplier for what the user keeps coming back to and what is recent (relevance still leads). */
export function memoryWeight(recipe: SearchRecipe, activation: number | null, ageMs: number | null): number {
  const a = Math.max(-6, Math.min(10, activation ?? 0));
  const ageDays = Math.max(0, ageMs ?? 0) / 86_400_000;
  const fade = recipe.recencyFade;
  return Math.exp(recipe.activationWeight * a) * (1 - fade + fade * Math.exp(-ageDays / recipe.recencyDays));
}

const inRange = (time: TimeRange | null, at: number | null) =>
  time !== null && at !== null && at >= time.from.getTime() && at < time.to.getTime();

/** Ranks the candidates of every kind on one scale and picks each item's most relevant sources. */
export function rankCandidates(
  recipe: SearchRecipe,
  found: RecallCandidates,
  signals: QuerySignals,
  limit: number,
): RankedItem[] {
  const age = (at: number | null) => (at === null ? null : signals.atMs - at);

  const episodeText = minMax(new Map(found.episodeText.map((h) => [h.id, h.s])), 0);
  const episodeDense = minMax(
    new Map(
      found.episodes
        .filter((e) => e.dense !== null)
        .map((e) => [e.id, e.dense! + recipe.episode.neighbourDense * (e.neighbourDense ?? e.dense!)]),
    ),
    recipe.minVectorScore * (1 + recipe.episode.neighbourDense),
  );
  const episodeScore = new Map<string, number>();
  const items: RankedItem[] = [];
  for (const e of found.episodes) {
    let score =
      recipe.episode.text * (episodeText.get(e.id) ?? 0) +
      recipe.episode.dense * (episodeDense.get(e.id) ?? 0);
    if (e.speaker && !ROLES.has(e.speaker.toLowerCase()) && signals.names.has(e.speaker.toLowerCase()))
      score += recipe.speakerBonus;
    if (inRange(signals.time, e.at)) score += recipe.timeBonus;
    score *= memoryWeight(recipe, null, age(e.at));
    episodeScore.set(e.id, score);
    items.push({
      kind: 'EPISODE',
      id: e.id,
      text: e.text,
      score,
      occurredAt: e.occurredAt,
      sourceIds: [e.id],
    });
  }

  // Sources of a fact or entity: its episodes that are candidates, best first, then the most recent others.
  const bestSources = (sources: Array<{ id: string; at: number | null }>) =>
    [...sources]
      .sort(
        (a, b) =>
          (episodeScore.get(b.id) ?? -1) - (episodeScore.get(a.id) ?? -1) || (b.at ?? 0) - (a.at ?? 0),
      )
      .slice(0, recipe.maxSourcesPerItem)
      .map((s) => s.id);

  const factText = minMax(new Map(found.factText.map((h) => [h.id, h.s])), 0);
  const factDense = minMax(
    new Map(found.facts.filter((f) => f.dense !== null).map((f) => [f.id, f.dense!])),
    recipe.minVectorScore,
  );
  const aboutNamed = new Set(found.namedFactIds);
  const aboutNeighbour = new Set(found.neighbourFactIds);
  for (const f of found.facts) {
    let score =
      recipe.fact.text * (factText.get(f.id) ?? 0) +
      recipe.fact.dense * (factDense.get(f.id) ?? 0) +
      (aboutNamed.has(f.id)
        ? recipe.fact.namedEntity
        : aboutNeighbour.has(f.id)
          ? recipe.fact.neighbourEntity
          : 0);
    if (inRange(signals.time, f.at) || f.sources.some((s) => inRange(signals.time, s.at)))
      score += recipe.timeBonus;
    score *= recipe.fact.scale * memoryWeight(recipe, f.activation, age(f.at));
    items.push({
      kind: 'FACT',
      id: f.id,
      text: f.text,
      score,
      occurredAt: f.occurredAt,
      sourceIds: bestSources(f.sources),
    });
  }

  for (const entity of found.entities) {
    const mentioned = found.episodes
      .filter((e) => e.mentions.includes(entity.id))
      .map((e) => ({ id: e.id, at: e.at }));
    const sourceIds = mentioned.length ? bestSources(mentioned) : entity.latest ? [entity.latest] : [];
    items.push({
      kind: 'ENTITY',
      id: entity.id,
      text: entity.text,
      score:
        (entity.named ? recipe.namedEntity : recipe.neighbourEntity) *
        memoryWeight(recipe, entity.activation, age(entity.at)),
      occurredAt: null,
      sourceIds,
    });
  }

  return items
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
