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

/** The json_schema name sent with the answering call (also how the test fake tells prompts apart). */
export const ANSWER_SCHEMA_NAME = 'memory_answer';

const ANSWER_SYSTEM = `You answer questions about a user from their memory. Output JSON only.
- Use ONLY the numbered context; cite the refs you use in citations.
- Prefer facts valid now over older ones; mention dates when they matter.
- If the context does not contain the answer, set known=false, citations=[] and answer "I don't know."
- Be brief.`;

/** System + user messages for one answering call: numbered context, then the question. */
export function buildAnswerMessages(
  request: AnswerRequest,
): Array<{ role: 'system' | 'user'; content: string }> {
  const context =
    request.context.length === 0
      ? '(empty)'
      : request.context
          .map(
            (item) =>
              `[${item.ref}] (${item.kind}${item.occurredAt ? `, ${item.occurredAt}` : ''}) ${item.text}`,
          )
          .join('\n');
  return [
    { role: 'system', content: ANSWER_SYSTEM },
    { role: 'user', content: `NOW: ${request.now}\nCONTEXT:\n${context}\nQUESTION: ${request.question}` },
  ];
}
