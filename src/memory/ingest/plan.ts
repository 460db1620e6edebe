// Turns the model's extraction into a write plan: entities keyed by ref, facts pointing at refs, texts to embed.
import { randomUUID } from 'node:crypto';
import { isEntityName, isSelfWord } from '../../prompts/entity-names.ts';
import { type Extraction, userEntityName } from '../../prompts/extract-memory.ts';
import { normalizeName } from '../../text/index.ts';
import { speakerText } from './conversation.ts';
import type { KnownContext } from './known-context.ts';
import type { PreparedEpisode } from './types.ts';

/** The ref the extraction prompt gives the user themself. */
const USER_REF = 'USER';

export interface EntityPlan {
  /** Fresh id, used only if the entity turns out to be new. */
  id: string;
  /** Every extraction ref that names this entity (the model may list one thing twice). */
  refs: string[];
  /** The existing entity the model said it is (sameAs a known ref), if any. */
  knownId: string | null;
  name: string;
  normName: string;
  type: string;
  aliases: string[];
  aliasKeys: string[];
  summary: string | null;
  embedding: number[];
  /** The user's own entity: the one node "I", "me" and the user's name resolve to. */
  isUser: boolean;
}

export interface FactPlan {
  id: string;
  subjectRef: string;
  objectRef: string | null;
  objectValue: string | null;
  predicate: string;
  statement: string;
  confidence: number;
  validFrom: string;
  validTo: string | null;
  episodeRef: string;
  embedding: number[];
}

export interface WritePlan {
  entities: EntityPlan[];
  facts: FactPlan[];
  invalidations: Array<{ factId: string; episodeRef: string }>;
  /** Entity refs (extraction refs) each episode mentions. */
  mentions: Map<string, Set<string>>;
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function entityText(e: { name: string; type: string; aliases: string[]; summary: string | null }): string {
  const aka = e.aliases.length ? ` (also ${e.aliases.join(', ')})` : '';
  return `${e.name}, ${e.type}${aka}${e.summary ? `: ${e.summary}` : ''}`;
}

/** Builds the plan from an extraction; `texts` lists what to embed (episodes, entities, facts) in plan order. */
export function planWrites(
  extraction: Extraction,
  episodes: PreparedEpisode[],
  known: KnownContext,
): { plan: WritePlan; texts: string[]; assignEmbeddings(vectors: number[][]): void } {
  const planned = new PlannedEntities(known);
  const dropped = planExtractedEntities(planned, extraction.entities);
  const episodeOf = episodeResolver(episodes);
  const facts = planFacts(planned, extraction.facts, dropped, episodes, episodeOf);
  const invalidations = planInvalidations(extraction.invalidations, known, episodeOf);
  const entities = planned.all();
  const mentions = planMentions(episodes, entities, facts);
  return {
    plan: { entities, facts, invalidations, mentions },
    texts: embeddingTexts(episodes, entities, facts),
    assignEmbeddings(vectors) {
      let i = episodes.length;
      for (const entity of entities) entity.embedding = vectors[i++] ?? [];
      for (const fact of facts) fact.embedding = vectors[i++] ?? [];
    },
  };
}

/** A fresh entity plan: no aliases and no embedding yet. */
function newEntityPlan(
  fields: Pick<EntityPlan, 'refs' | 'knownId' | 'name' | 'normName' | 'type' | 'isUser'> & {
    summary?: string | null;
  },
): EntityPlan {
  return {
    id: randomUUID(),
    refs: fields.refs,
    knownId: fields.knownId,
    name: fields.name,
    normName: fields.normName,
    type: fields.type,
    aliases: [],
    aliasKeys: [],
    summary: fields.summary ?? null,
    embedding: [],
    isUser: fields.isUser,
  };
}

/**
 * The entities planned so far, each under the key it resolves by (`id:` a known entity, `name:` a normalised name)
 * and reachable from every ref or name that names it. The user is one node: the USER ref, "I"/"me" and the user's
 * name all land on it, by id when it exists.
 */
class PlannedEntities {
  private readonly byKey = new Map<string, EntityPlan>();
  private readonly byRef = new Map<string, EntityPlan>();
  readonly selfName: string;
  readonly selfNorm: string;
  readonly selfKey: string;

  constructor(readonly known: KnownContext) {
    this.selfName = userEntityName({ userName: known.userName });
    this.selfNorm = normalizeName(this.selfName);
    this.selfKey = known.selfId ? `id:${known.selfId}` : `name:${this.selfNorm}`;
  }

  /** An extracted entity that is the user: by ref, by a first-person word, by the user's name, or by known id. */
  isSelf(ref: string, name: string): boolean {
    return (
      ref === USER_REF ||
      isSelfWord(name) ||
      normalizeName(name) === this.selfNorm ||
      this.known.entityIds.get(ref) === this.known.selfId
    );
  }

  /** A ref a fact may use for the user without the extraction listing it. */
  isSelfRef(ref: string): boolean {
    return ref === USER_REF || isSelfWord(ref) || this.known.entityIds.get(ref) === this.known.selfId;
  }

  get(key: string): EntityPlan | undefined {
    return this.byKey.get(key);
  }

  add(key: string, entity: EntityPlan): EntityPlan {
    this.byKey.set(key, entity);
    return entity;
  }

  /** Makes `ref` (an extraction ref, or a normalised name) reach `entity`. */
  link(ref: string, entity: EntityPlan): void {
    this.byRef.set(ref, entity);
  }

  /** The first ref of the entity a ref or name reaches, if any. */
  lookup(ref: string): string | null {
    const entity = this.byRef.get(ref) ?? this.byRef.get(normalizeName(ref));
    return entity ? entity.refs[0]! : null;
  }

  /**
   * The ref a fact's subject or object resolves to. A fact may name the user, or a known entity the extraction did
   * not repeat: such an entity gets a plan that resolves by id.
   */
  refFor(ref: string | null): string | null {
    if (!ref) return null;
    const listed = this.lookup(ref);
    if (listed) return listed;
    // The prompt lets the model use USER ("I", "me") in facts without listing it.
    if (this.isSelfRef(ref))
      return this.adopt(ref, this.selfKey, () =>
        newEntityPlan({
          refs: [ref],
          knownId: this.known.selfId,
          name: this.selfName,
          normName: this.selfNorm,
          type: 'person',
          isUser: true,
        }),
      );
    const knownId = this.known.entityIds.get(ref);
    if (!knownId) return null;
    return this.adopt(ref, `id:${knownId}`, () => {
      const knownEntity = this.known.entities.find((e) => e.ref === ref)!;
      return newEntityPlan({
        refs: [ref],
        knownId,
        name: knownEntity.name,
        normName: normalizeName(knownEntity.name),
        type: knownEntity.type,
        isUser: false,
      });
    });
  }

  /** Every planned entity, in the order they were planned. */
  all(): EntityPlan[] {
    return [...this.byKey.values()];
  }

  /** The entity under `key`, or a new one `create` makes; either way `ref` now reaches it. Returns its first ref. */
  private adopt(ref: string, key: string, create: () => EntityPlan): string {
    const entity = this.byKey.get(key) ?? this.add(key, create());
    this.link(ref, entity);
    return entity.refs[0]!;
  }
}

/**
 * Plans the extracted entities: the user's own one, known ones (by the model's sameAs), and new ones by name, one
 * plan per thing however often it was listed. Returns the refs of entities that are no entity ("is", "what",
 * "support those"): facts about them are dropped too.
 */
function planExtractedEntities(planned: PlannedEntities, extracted: Extraction['entities']): Set<string> {
  const dropped = new Set<string>();
  const { known } = planned;
  for (const raw of extracted) {
    const self = planned.isSelf(raw.ref, raw.name);
    const normName = self ? planned.selfNorm : normalizeName(raw.name);
    if (!normName || (!self && !isEntityName(raw.name))) {
      dropped.add(raw.ref);
      continue;
    }
    const knownId = self
      ? known.selfId
      : (raw.sameAs && known.entityIds.get(raw.sameAs)) || known.entityIds.get(raw.ref) || null;
    const key = self ? planned.selfKey : knownId ? `id:${knownId}` : `name:${normName}`;
    const aliases = raw.aliases
      .map((a) => a.trim())
      .filter((a) => a && normalizeName(a) !== normName && !isSelfWord(a));
    // The user listed under another name (a nickname, a name given since) keeps it as an alias.
    if (self && !isSelfWord(raw.name) && normalizeName(raw.name) !== planned.selfNorm)
      aliases.push(raw.name.trim());
    const entity =
      planned.get(key) ??
      planned.add(
        key,
        newEntityPlan({
          refs: [],
          knownId,
          name: self ? planned.selfName : raw.name.trim(),
          normName,
          type: self ? 'person' : raw.type.trim().toLowerCase(),
          summary: raw.summary?.trim() || null,
          isUser: self,
        }),
      );
    entity.refs.push(raw.ref);
    addAliases(entity, aliases);
    planned.link(raw.ref, entity);
    planned.link(normName, entity);
  }
  return dropped;
}

/** Adds the aliases whose normalised key the entity does not hold yet. */
function addAliases(entity: EntityPlan, aliases: string[]): void {
  for (const alias of aliases) {
    if (!entity.aliasKeys.includes(normalizeName(alias))) {
      entity.aliases.push(alias);
      entity.aliasKeys.push(normalizeName(alias));
    }
  }
}

/** The pack's episode an extracted ref names; a ref the pack does not hold means its only episode, if it has one. */
function episodeResolver(episodes: PreparedEpisode[]): (ref: string) => string | null {
  const episodeRefs = new Set(episodes.map((e) => e.ref));
  const onlyEpisode = episodes.length === 1 ? episodes[0]!.ref : null;
  return (ref) => (episodeRefs.has(ref) ? ref : onlyEpisode);
}

/** Plans the extracted facts whose subject (and object, if an entity) are planned entities, with clean fields. */
function planFacts(
  planned: PlannedEntities,
  extracted: Extraction['facts'],
  dropped: Set<string>,
  episodes: PreparedEpisode[],
  episodeOf: (ref: string) => string | null,
): FactPlan[] {
  const facts: FactPlan[] = [];
  for (const raw of extracted) {
    const episodeRef = episodeOf(raw.episode);
    if (dropped.has(raw.subject) || (raw.object && dropped.has(raw.object))) continue;
    const subjectRef = planned.refFor(raw.subject);
    if (!episodeRef || !subjectRef) continue;
    const objectRef = planned.refFor(raw.object);
    const episode = episodes.find((e) => e.ref === episodeRef)!;
    facts.push({
      id: randomUUID(),
      subjectRef,
      objectRef,
      objectValue: objectRef ? null : (raw.objectValue ?? raw.object ?? null),
      predicate: raw.predicate.trim().toLowerCase().replace(/\s+/g, '_'),
      statement: raw.statement.trim(),
      confidence: raw.confidence,
      // A fact holds from when it was said unless the model read another start in the text.
      validFrom: isoOrNull(raw.validFrom) ?? episode.occurredAt,
      validTo: isoOrNull(raw.validTo),
      episodeRef,
      embedding: [],
    });
  }
  return facts;
}

/** The known facts the extraction says no longer hold, each with the episode that ended it. */
function planInvalidations(
  extracted: Extraction['invalidations'],
  known: KnownContext,
  episodeOf: (ref: string) => string | null,
): WritePlan['invalidations'] {
  const invalidations: WritePlan['invalidations'] = [];
  for (const raw of extracted) {
    const factId = known.factIds.get(raw.fact);
    const episodeRef = episodeOf(raw.episode);
    if (factId && episodeRef) invalidations.push({ factId, episodeRef });
  }
  return invalidations;
}

/** Which episode mentions which entity: through its facts, its text, or (alone in the pack) all of them. */
function planMentions(
  episodes: PreparedEpisode[],
  entities: EntityPlan[],
  facts: FactPlan[],
): WritePlan['mentions'] {
  const onlyEpisode = episodes.length === 1;
  const mentions = new Map<string, Set<string>>(episodes.map((e) => [e.ref, new Set<string>()]));
  for (const fact of facts) {
    mentions.get(fact.episodeRef)!.add(fact.subjectRef);
    if (fact.objectRef) mentions.get(fact.episodeRef)!.add(fact.objectRef);
  }
  for (const entity of entities) {
    const names = [entity.normName, ...entity.aliasKeys];
    for (const episode of episodes) {
      const text = ` ${normalizeName(episode.content)} `;
      if (onlyEpisode || names.some((n) => text.includes(` ${n} `)))
        mentions.get(episode.ref)!.add(entity.refs[0]!);
    }
    // Every entity keeps a source: one the text does not name is credited to the pack's first episode.
    if (![...mentions.values()].some((refs) => refs.has(entity.refs[0]!)))
      mentions.get(episodes[0]!.ref)!.add(entity.refs[0]!);
  }
  return mentions;
}

/** What to embed, in plan order: the episodes, then the entities, then the fact statements. */
function embeddingTexts(episodes: PreparedEpisode[], entities: EntityPlan[], facts: FactPlan[]): string[] {
  return [
    // The speaker stays in the embedded text: "Bob: I moved to Lyon" is about Bob.
    ...episodes.map((e) => speakerText(e.speaker, e.content).slice(0, 8000)),
    ...entities.map(entityText),
    ...facts.map((f) => f.statement),
  ];
}
