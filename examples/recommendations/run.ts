// Runnable example: a shopper's history goes into Persona Graph, we ask for recommendations, she changes her
// taste, we ask again. Run with the server up: npx tsx examples/recommendations/run.ts
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core/index.js';
import { INGEST_BATCH } from './operations.ts';
import type { Product } from './rank.ts';
import { type Recommendations, recommend } from './recommend.ts';
import { changeOfTaste, history, type ShopperEpisode } from './shopper.ts';

export interface ExampleOptions {
  url: string;
  token?: string;
  userId: string;
  log?: (line: string) => void;
}

export interface ExampleResult {
  before: Recommendations;
  after: Recommendations;
}

/** The catalogue the shop sells (catalogue.json next to this file). */
export function loadCatalogue(): Product[] {
  return JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8')) as Product[];
}

/** Runs the whole story against a server and returns the recommendations before and after the change of taste. */
export async function runExample({
  url,
  token,
  userId,
  log = console.log,
}: ExampleOptions): Promise<ExampleResult> {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: new InMemoryCache(),
  });
  const catalogue = loadCatalogue();
  const ingest = async (episodes: ShopperEpisode[]) => {
    await client.mutate({
      mutation: INGEST_BATCH,
      variables: { userId, inputs: episodes.map((e) => ({ ...e, source: 'shop' })) },
    });
  };
  const show = (title: string, r: Recommendations) => {
    log(`\n${title} (ranked by ${r.rankedBy === 'model' ? 'the model' : 'recalled memories'}):`);
    for (const [i, p] of r.products.entries()) log(`  ${i + 1}. [${p.id}] ${p.name}`);
    log(`  ragQuery answered: ${r.answer.split('\n')[0]}`);
  };

  log(`Shopper ${userId}: ingesting ${history.length} past orders, reviews and chats...`);
  await ingest(history);
  const before = await recommend(client, userId, catalogue);
  show('Recommendations', before);

  log(`\nShe tells the shop: ${changeOfTaste.map((e) => `"${e.content}"`).join(' ')}`);
  await ingest(changeOfTaste);
  const after = await recommend(client, userId, catalogue);
  show('Recommendations after the change of taste', after);
  client.stop();
  return { before, after };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runExample({
    url: process.env.PERSONA_GRAPH_URL ?? 'http://127.0.0.1:4000/graphql',
    token: process.env.PERSONA_GRAPH_TOKEN || undefined,
    userId: process.argv[2] ?? `shopper-${randomUUID().slice(0, 8)}`,
  }).catch((error: unknown) => {
    console.error(`The example failed: ${(error as Error).message}`);
    console.error('Is the server running (npm start) and PERSONA_GRAPH_URL / PERSONA_GRAPH_TOKEN right?');
    process.exitCode = 1;
  });
}
