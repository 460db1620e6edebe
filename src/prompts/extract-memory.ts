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
  episodes: Array<{ ref: string; content: string; source: string; occurredAt: string }>;
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
    .array(z.object({ fact: z.string().min(1), episode: z.string().min(1), reason: z.string().nullable().default(null) }))
    .default([]),
});

export type Extraction = z.infer<typeof extractionSchema>;
