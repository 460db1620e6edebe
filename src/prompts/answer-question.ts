// Prompt and output schema for ragQuery's single answering call.
import { z } from 'zod';

export interface AnswerRequest {
  question: string;
  /** Numbered context items; the model cites them by ref. */
  context: Array<{ ref: string; kind: string; text: string; occurredAt?: string | null }>;
  now: string;
}

export const answerSchema = z.object({
  answer: z.string(),
  /** Refs of the context items the answer uses. */
  citations: z.array(z.string()).default([]),
  /** False when the memory does not hold the answer. */
  known: z.boolean().default(true),
});

export type Answer = z.infer<typeof answerSchema>;
