// Runs examples/recommendations against a real test server (offline provider): recommendations follow the
// shopper's change of taste.
import { beforeEach, describe, expect, it } from 'vitest';
import { runExample } from '../../examples/recommendations/run.ts';
import { chatPromptKind, chatUserText, type FakeOpenAI } from '../support/fake-openai.ts';
import { useFakeModelServer } from '../support/model-server.ts';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

describe('the recommendation example', () => {
  let server: TestServer;
  useTestServer({}, (s) => {
    server = s;
  });

  it('recommends running and dairy first, then cycling and vegan after she changes her taste', async () => {
    const lines: string[] = [];
    const { before, after } = await runExample({
      url: server.graphqlUrl,
      userId: uniqueUserId('shopper'),
      log: (line) => lines.push(line),
    });
    const tags = (products: typeof before.products) => new Set(products.flatMap((p) => p.tags));

    expect(before.rankedBy).toBe('memories');
    expect(tags(before.products).has('running')).toBe(true);
    expect([...tags(before.products)].some((t) => t === 'meat' || t === 'dairy')).toBe(true);

    expect(tags(after.products).has('running')).toBe(false);
    expect(tags(after.products).has('meat')).toBe(false);
    expect(tags(after.products).has('dairy')).toBe(false);
    expect(tags(after.products).has('cycling')).toBe(true);
    expect(tags(after.products).has('vegan')).toBe(true);
    expect(lines.join('\n')).toContain('Recommendations after the change of taste');
  });
});

describe('the recommendation example with a model', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  useFakeModelServer({ LLM_MAX_RETRIES: '0' }, (f, s) => {
    fake = f;
    server = s;
  });
  // The fake model picks from what the server put in its context: vegan and cycling once it hears of them.
  beforeEach(() =>
    fake.onChat((body) => {
      if (chatPromptKind(body) !== 'answer') return undefined;
      const prompt = chatUserText(body);
      expect(prompt).toContain('[P01] Cloudstride trail shoes');
      const changed = /gone vegan/.test(prompt) && /switched from running to cycling/.test(prompt);
      return {
        answer: changed ? '[P05] [P11] [P04] [P12]' : '[P01] [P09] [P02] [P08]',
        citations: [],
        known: true,
      };
    }),
  );

  it("shows the model's picks, which follow the change of taste the model was given", async () => {
    const { before, after } = await runExample({
      url: server.graphqlUrl,
      userId: uniqueUserId('shopper'),
      log: () => {},
    });
    expect(before.rankedBy).toBe('model');
    expect(before.products.map((p) => p.id)).toEqual(['P01', 'P09', 'P02', 'P08']);
    expect(after.products.map((p) => p.id)).toEqual(['P05', 'P11', 'P04', 'P12']);
  });
});
