// Prompt and output schema for the single extraction call per episode (or per batch of episodes).
import { z } from 'zod';

/** What we tell the model about the user's memory that already exists (so it can resolve and contradict). */
export interface KnownEntity {
  /** Short reference used in the prompt, e.g. "E1" (not the database id). */
  ref: string;
  name: string;
  type: string;
  aliases: string[];
}
export interface KnownFact {
  ref: string;
  statement: string;
  subject: string;
  predicate: string;
  object: string;
  validFrom?: string | null;
}

export interface ExtractionRequest {
  userId: string;
  /** The user's display name if known, so "I" can be resolved to them. */
  userName?: string | null;
  /** `speaker`: who said it (a name, or "user"/"assistant"); absent means the user. */
  episodes: Array<{
    ref: string;
    content: string;
    source: string;
    occurredAt: string;
    speaker?: string | null;
  }>;
  knownEntities: KnownEntity[];
  knownFacts: KnownFact[];
}

export const extractionSchema = z.object({
  entities: z
    .array(
      z.object({
        /** Local ref used by facts below, e.g. "n1"; or the ref of a known entity ("E1") when it is the same thing. */
        ref: z.string().min(1),
        name: z.string().min(1),
        /** person, place, organization, product, interest, goal, habit, event, concept, ... (lowercase) */
        type: z.string().min(1),
        aliases: z.array(z.string()).default([]),
        summary: z.string().nullable().default(null),
        /** The known entity this is (its ref), when it resolves to one. */
        sameAs: z.string().nullable().default(null),
      }),
    )
    .default([]),
  facts: z
    .array(
      z.object({
        /** Episode ref the fact comes from. */
        episode: z.string().min(1),
        subject: z.string().min(1),
        predicate: z.string().min(1),
        /** Entity ref, or null when the object is a value. */
        object: z.string().nullable().default(null),
        objectValue: z.string().nullable().default(null),
        statement: z.string().min(1),
        confidence: z.number().min(0).max(1).default(0.9),
        validFrom: z.string().nullable().default(null),
        validTo: z.string().nullable().default(null),
      }),
    )
    .default([]),
  /** Known facts (refs) that the new episodes show no longer hold. */
  invalidations: z
    .array(
      z.object({
        fact: z.string().min(1),
        episode: z.string().min(1),
        reason: z.string().nullable().default(null),
      }),
    )
    .default([]),
});

export type Extraction = z.infer<typeof extractionSchema>;

/** The json_schema name sent with the extraction call (also how the test fake tells prompts apart). */
export const EXTRACTION_SCHEMA_NAME = 'memory_extraction';

export const PREDICATE_VOCABULARY = [
  'lives_in',
  'works_at',
  'works_as',
  'likes',
  'dislikes',
  'loves',
  'has_hobby',
  'married_to',
  'partner_of',
  'friend_of',
  'sibling_of',
  'parent_of',
  'child_of',
  'has_goal',
  'has_habit',
  'owns',
  'prefers',
  'allergic_to',
  'visited',
  'studies',
  'born_in',
] as const;

// Kept short on purpose: this prompt is sent with every ingested episode and is the users' main model cost.
const EXTRACTION_SYSTEM = `You extract a personal memory graph from a user's episodes. Output JSON only.
Rules:
- "I/me/my" in the user's own words is the user: list them as entity ref "USER" (type person, name as given below; sameAs their known ref if listed) and use USER in facts; the user's name is USER too, never a second entity.
- An episode "said by" someone else, or a "Name: text" line: its "I/me/my" is that speaker (Bob: "I moved" -> Bob moved); an assistant's "I" is no entity.
- entities: people, places, organizations, products, interests, goals, habits, events. Types lowercase. Never a pronoun, stopword, question word or bare verb.
- Keep the true subject: "Alice's sister Emma lives in Berlin" -> Emma lives_in Berlin; Alice sibling_of Emma.
- If an entity is a KNOWN one (same thing, e.g. "my wife" = known Maria), set sameAs to its known ref and reuse that ref in facts; add new aliases ("my wife").
- facts: subject/object are entity refs (or USER); use objectValue for plain values. predicate: lowercase snake_case, prefer: ${PREDICATE_VOCABULARY.join(', ')}.
- statement: one short self-contained sentence. confidence: 0..1. episode: the episode ref. validFrom: date stated, else the episode's occurredAt.
- invalidations: KNOWN facts the new episodes contradict or end (moved city -> old lives_in; new job -> old works_as/works_at; new partner -> old one; stopped liking X -> likes X), with the episode ref.
- Only what the text states; no guesses. Empty arrays when nothing to extract.`;

/** Name under which the user appears in their own graph ("I/me/my" resolve to this entity). */
export function userEntityName(request: Pick<ExtractionRequest, 'userName'>): string {
  return request.userName?.trim() || 'User';
}

/** System + user messages for one extraction call (known memory first, then the episodes). */
export function buildExtractionMessages(
  request: ExtractionRequest,
): Array<{ role: 'system' | 'user'; content: string }> {
  const lines: string[] = [];
  lines.push(`USER name: ${userEntityName(request)}`);
  if (request.knownEntities.length > 0) {
    lines.push('KNOWN ENTITIES:');
    for (const e of request.knownEntities) {
      const aliases = e.aliases.length > 0 ? ` (aka ${e.aliases.join(', ')})` : '';
      lines.push(`${e.ref} ${e.name} [${e.type}]${aliases}`);
    }
  }
  if (request.knownFacts.length > 0) {
    lines.push('KNOWN FACTS:');
    for (const f of request.knownFacts) {
      const since = f.validFrom ? ` (since ${f.validFrom})` : '';
      lines.push(`${f.ref} ${f.subject} ${f.predicate} ${f.object}: ${f.statement}${since}`);
    }
  }
  lines.push('EPISODES:');
  for (const ep of request.episodes) {
    const said = ep.speaker ? `, said by ${ep.speaker}` : '';
    lines.push(`[${ep.ref}] ${ep.occurredAt} via ${ep.source}${said}:\n${ep.content}`);
  }
  return [
    { role: 'system', content: EXTRACTION_SYSTEM },
    { role: 'user', content: lines.join('\n') },
  ];
}
