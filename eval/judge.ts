// Answer accuracy judged by a real model (only when OPENAI_API_KEY points at a real endpoint).
import OpenAI from 'openai';

export interface Judge {
  /** True when `given` states the same fact as `expected` for the question. */
  correct(question: string, expected: string, given: string): Promise<boolean>;
}

/** A judge calling the configured OpenAI-compatible chat endpoint, one short call per answer. */
export function createJudge(options: { apiKey: string; baseURL?: string; model: string }): Judge {
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL });
  return {
    async correct(question, expected, given) {
      const response = await client.chat.completions.create({
        model: options.model,
        temperature: 0,
        max_tokens: 3,
        messages: [
          {
            role: 'system',
            content:
              'You grade answers. Reply YES if the given answer states the same fact as the expected answer ' +
              '(for "Unknown" expected answers: YES only if the given answer declines to answer). Otherwise NO.',
          },
          { role: 'user', content: `Question: ${question}\nExpected: ${expected}\nGiven: ${given}` },
        ],
      });
      return /^\s*yes/i.test(response.choices[0]?.message?.content ?? '');
    },
  };
}
