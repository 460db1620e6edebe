// Answer accuracy judged by a real model (only with --judge against an OpenAI-compatible endpoint).
import OpenAI from 'openai';

export interface Judge {
  /** True when `given` states the same fact as `expected` for the question. */
  correct(question: string, expected: string, given: string): Promise<boolean>;
}

/** The json_schema name of the judging call (how the test fake tells it from the memory prompts). */
export const JUDGE_SCHEMA_NAME = 'answer_judgement';

/** A judge calling the configured OpenAI-compatible chat endpoint, one short structured call per answer. */
export function createJudge(options: { apiKey: string; baseURL?: string; model: string }): Judge {
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL });
  return {
    async correct(question, expected, given) {
      const response = await client.chat.completions.create({
        model: options.model,
        temperature: 0,
        max_tokens: 20,
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: JUDGE_SCHEMA_NAME,
            strict: true,
            schema: {
              type: 'object',
              properties: { correct: { type: 'boolean' } },
              required: ['correct'],
              additionalProperties: false,
            },
          },
        },
        messages: [
          {
            role: 'system',
            content:
              'You grade answers. Output JSON {"correct": true} if the given answer states the same fact as the ' +
              'expected answer (for "Unknown" expected answers: only if the given answer declines to answer), ' +
              'otherwise {"correct": false}.',
          },
          { role: 'user', content: `Question: ${question}\nExpected: ${expected}\nGiven: ${given}` },
        ],
      });
      const content = response.choices[0]?.message?.content ?? '';
      try {
        return (JSON.parse(content) as { correct?: unknown }).correct === true;
      } catch {
        // Servers that ignore response_format answer in words.
        return /^\s*(yes|true|correct)\b/i.test(content);
      }
    },
  };
}
