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
  const episodeRefs = new Set(episodes.map((e) => e.ref));
  const byNorm = new Map<string, EntityPlan>();
  const byRef = new Map<string, EntityPlan>();
  // The user is one node: the USER ref, "I"/"me", and the user's name all land on it, by id when it exists.
  const selfName = userEntityName({ userName: known.userName });
  const selfNorm = normalizeName(selfName);
  const selfKey = known.selfId ? `id:${known.selfId}` : `name:${selfNorm}`;
  const isSelf = (ref: string, name: string) =>
    ref === USER_REF ||
    isSelfWord(name) ||
    normalizeName(name) === selfNorm ||
    known.entityIds.get(ref) === known.selfId;
  // Refs of entities that are no entity ("is", "what", "support those"): facts about them are dropped too.
  const dropped = new Set<string>();
  for (const raw of extraction.entities) {
    const self = isSelf(raw.ref, raw.name);
    const normName = self ? selfNorm : normalizeName(raw.name);
    if (!normName || (!self && !isEntityName(raw.name))) {
      dropped.add(raw.ref);
      continue;
    }
    const knownId = self
      ? known.selfId
      : (raw.sameAs && known.entityIds.get(raw.sameAs)) || known.entityIds.get(raw.ref) || null;
    const key = self ? selfKey : knownId ? `id:${knownId}` : `name:${normName}`;
    let entity = byNorm.get(key);
    const aliases = raw.aliases
      .map((a) => a.trim())
      .filter((a) => a && normalizeName(a) !== normName && !isSelfWord(a));
    if (self && !isSelfWord(raw.name) && normalizeName(raw.name) !== selfNorm) aliases.push(raw.name.trim());
    if (!entity) {
      entity = {
        id: randomUUID(),
        refs: [],
        knownId,
        name: self ? selfName : raw.name.trim(),
        normName,
        type: self ? 'person' : raw.type.trim().toLowerCase(),
        aliases: [],
        aliasKeys: [],
        summary: raw.summary?.trim() || null,
        embedding: [],
        isUser: self,
      };
      byNorm.set(key, entity);
    }
    entity.refs.push(raw.ref);
    for (const alias of aliases) {
      if (!entity.aliasKeys.includes(normalizeName(alias))) {
        entity.aliases.push(alias);
        entity.aliasKeys.push(normalizeName(alias));
      }
    }
    byRef.set(raw.ref, entity);
    byRef.set(normName, entity);
  }
  // A fact may name a known entity the extraction did not repeat: give it a plan that resolves by id.
  const refFor = (ref: string | null): string | null => {
    if (!ref) return null;
    if (byRef.has(ref)) return byRef.get(ref)!.refs[0]!;
    if (byRef.has(normalizeName(ref))) return byRef.get(normalizeName(ref))!.refs[0]!;
    // The prompt lets the model use USER ("I", "me") in facts without listing it.
    if (ref === USER_REF || isSelfWord(ref) || known.entityIds.get(ref) === known.selfId) {
      const listed = byNorm.get(selfKey);
      if (listed) {
        byRef.set(ref, listed);
        return listed.refs[0]!;
      }
      const user: EntityPlan = {
        id: randomUUID(),
        refs: [ref],
        knownId: known.selfId,
        name: selfName,
        normName: selfNorm,
        type: 'person',
        aliases: [],
        aliasKeys: [],
        summary: null,
        embedding: [],
        isUser: true,
      };
      byNorm.set(selfKey, user);
      byRef.set(ref, user);
      return ref;
    }
    const knownId = known.entityIds.get(ref);
    if (!knownId) return null;
    const sameThing = byNorm.get(`id:${knownId}`);
    if (sameThing) {
      byRef.set(ref, sameThing);
      return sameThing.refs[0]!;
    }
    const knownEntity = known.entities.find((e) => e.ref === ref)!;
    const entity: EntityPlan = {
      id: randomUUID(),
      refs: [ref],
      knownId,
      name: knownEntity.name,
      normName: normalizeName(knownEntity.name),
      type: knownEntity.type,
      aliases: [],
      aliasKeys: [],
      summary: null,
      embedding: [],
      isUser: false,
    };
    byNorm.set(`id:${knownId}`, entity);
    byRef.set(ref, entity);
    return ref;
  };

  const onlyEpisode = episodes.length === 1 ? episodes[0]!.ref : null;
  const facts: FactPlan[] = [];
  for (const raw of extraction.facts) {
    const episodeRef = episodeRefs.has(raw.episode) ? raw.episode : onlyEpisode;
    if (dropped.has(raw.subject) || (raw.object && dropped.has(raw.object))) continue;
    const subjectRef = refFor(raw.subject);
    if (!episodeRef || !subjectRef) continue;
    const objectRef = refFor(raw.object);
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

  const invalidations: WritePlan['invalidations'] = [];
  for (const raw of extraction.invalidations) {
    const factId = known.factIds.get(raw.fact);
    const episodeRef = episodeRefs.has(raw.episode) ? raw.episode : onlyEpisode;
    if (factId && episodeRef) invalidations.push({ factId, episodeRef });
  }

  // Which episode mentions which entity: through its facts, its text, or (alone in the pack) all of them.
  const entities = [...byNorm.values()];
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

  const texts = [
    // The speaker stays in the embedded text: "Bob: I moved to Lyon" is about Bob.
    ...episodes.map((e) => speakerText(e.speaker, e.content).slice(0, 8000)),
    ...entities.map(entityText),
    ...facts.map((f) => f.statement),
  ];
  return {
    plan: { entities, facts, invalidations, mentions },
    texts,
    assignEmbeddings(vectors) {
      let i = episodes.length;
      for (const entity of entities) entity.embedding = vectors[i++] ?? [];
      for (const fact of facts) fact.embedding = vectors[i++] ?? [];
    },
  };
}
