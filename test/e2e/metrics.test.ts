// /metrics in Prometheus format: model calls, tokens and cost rise after an ingest and a recall; requests, resolvers,
// the ingest queue and open subscriptions are measured; no user id appears; METRICS_TOKEN guards it when set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, fakeModelEnv, startFakeOpenAI } from '../support/fake-openai.ts';
import { startTestServer, type TestServer, uniqueUserId } from '../support/test-server.ts';
import { subscribe } from './subscriptions-helpers.ts';

const INGEST = /* GraphQL */ `
  mutation ($userId: ID!, $input: IngestInput!) { ingest(userId: $userId, input: $input) { status } }`;
const RECALL = /* GraphQL */ `
  query ($userId: ID!) { recall(userId: $userId, input: { query: "Where does Maya live?" }) { id } }`;
const TOKEN = 'metrics-token-0123456789';

/** The value of one sample line, e.g. value(text, 'persona_graph_llm_calls_total{kind="chat"'). */
function value(text: string, prefix: string): number {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('/metrics', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI({ dimensions: 256 });
    server = await startTestServer(
      fakeModelEnv(fake, {
        METRICS_TOKEN: TOKEN,
        LLM_PRICES: '{"gpt-4o-mini": {"prompt": 1000, "completion": 2000}}',
      }),
    );
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  const scrape = async () => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('refuses a scraper without METRICS_TOKEN', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('counts model calls, tokens and cost after an ingest and a recall, and names no user', async () => {
    const userId = uniqueUserId('metered');
    const before = await scrape();
    const chat = 'persona_graph_llm_calls_total{provider="openai",model="gpt-4o-mini",kind="chat"}';
    const prompt = 'persona_graph_llm_tokens_total{provider="openai",model="gpt-4o-mini",type="prompt"}';
    const cost = 'persona_graph_llm_cost_usd_total{provider="openai",model="gpt-4o-mini"}';
    const embeddings =
      'persona_graph_llm_calls_total{provider="openai",model="text-embedding-3-small",kind="embedding"}';

    expect(
      (await server.gql(INGEST, { userId, input: { content: 'Maya lives in Lisbon.' } })).errors,
    ).toBeUndefined();
    expect((await server.gql(RECALL, { userId })).errors).toBeUndefined();
    const after = await scrape();

    expect(value(after, chat) - value(before, chat)).toBe(1);
    expect(value(after, embeddings) - value(before, embeddings)).toBe(2);
    expect(value(after, prompt)).toBeGreaterThan(value(before, prompt));
    // 1000 USD per million prompt tokens in this test's price table: the estimate follows the tokens.
    const spent = value(after, cost) - value(before, cost);
    expect(spent).toBeGreaterThanOrEqual(((value(after, prompt) - value(before, prompt)) * 1000) / 1_000_000);
    expect(
      value(after, 'persona_graph_ingest_episodes_total{mode="SYNC",status="DONE"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(after, 'persona_graph_graphql_resolver_duration_seconds_count{field="recall"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(
        after,
        'persona_graph_graphql_request_duration_seconds_count{type="mutation",field="ingest",outcome="ok"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^persona_graph_ingest_queue_pending \d+/m);
    expect(after).not.toContain(userId);
  });

  it('shows open subscriptions and published updates', async () => {
    const userId = uniqueUserId('metered-live');
    const open = 'persona_graph_subscriptions_open';
    const before = await scrape();
    const subscriber = await subscribe(server, userId);
    expect(value(await scrape(), `${open} `)).toBe(value(before, `${open} `) + 1);
    await server.gql(INGEST, { userId, input: { content: 'Maya moved to Porto.' } });
    await subscriber.waitFor(1);
    expect(value(await scrape(), 'persona_graph_events_published_total ')).toBeGreaterThan(
      value(before, 'persona_graph_events_published_total '),
    );
    await subscriber.close();
    await expect.poll(async () => value(await scrape(), `${open} `)).toBe(value(before, `${open} `));
  });
});
