// `npm run bench -- --soak`: a bounded soak of the API as its own process. Virtual clients run a mixed load for a
// set time (ingest SYNC and ASYNC, recall, an empty request as the in-run baseline) over many users, each user with
// a live graphql-ws subscriber. Reports throughput, p50/p95 and errors per operation and the server's RSS over time;
// afterwards checks that every acknowledged episode is stored exactly once and was announced to its subscriber.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { BenchContext, BenchRow, BenchSection } from '../lib/context.ts';
import { type BenchServer, postGraphQL, startBenchServer } from '../lib/server-process.ts';
import { fromSamples, ratio, round } from '../lib/timing.ts';

const INGEST = /* GraphQL */ `
  mutation ($userId: ID!, $input: IngestInput!, $mode: IngestMode) {
    ingest(userId: $userId, input: $input, mode: $mode) { status episode { id } }
  }`;
const RECALL = /* GraphQL */ `
  query ($userId: ID!, $query: String!) { recall(userId: $userId, input: { query: $query, limit: 10 }) { id } }`;
const SUBSCRIBE = 'subscription ($userId: ID!) { graphUpdates(userId: $userId) { kind nodeId } }';
const EMPTY = '{ __typename }';

/** The share of each operation in the mix (the rest of 1 is the empty request). */
const MIX = { ingestSync: 0.4, ingestAsync: 0.15, recall: 0.35 } as const;
type Operation = keyof typeof MIX | 'empty';

const TOPICS = [
  'hiking',
  'jazz',
  'Lisbon',
  'sourdough',
  'chess',
  'the dentist',
  'Nora',
  'a new bike',
  'tax forms',
];
const VERBS = [
  'talked about',
  'booked',
  'finished',
  'planned',
  'forgot about',
  'bought',
  'read about',
  'fixed',
];

function pickOperation(random: number): Operation {
  let edge = 0;
  for (const [operation, share] of Object.entries(MIX) as Array<[Operation, number]>) {
    edge += share;
    if (random < edge) return operation;
  }
  return 'empty';
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

export interface SoakOptions {
  seconds: number;
  users: number;
  /** Requests in flight at once (virtual clients). */
  concurrency: number;
}

export function soakSection(soak: SoakOptions): BenchSection {
  return {
    id: 'soak',
    title: `Soak: ${soak.users} users, mixed load for ${soak.seconds} s`,
    steps: () => soak.seconds + 3,
    async run(ctx: BenchContext) {
      const server = await startBenchServer({
        neo4jUri: ctx.config.NEO4J_URI!,
        embeddingDimensions: ctx.config.EMBEDDING_DIMENSIONS,
        env: { INGEST_POLL_MS: '200' },
      });
      const clients: Client[] = [];
      try {
        return await runSoak(ctx, server, soak, clients);
      } finally {
        await Promise.all(clients.map((client) => client.dispose()));
        await server.stop();
      }
    },
  };
}

async function runSoak(ctx: BenchContext, server: BenchServer, soak: SoakOptions, clients: Client[]) {
  const users = Array.from({ length: soak.users }, (_, i) => `${ctx.runId}-soak-${i}`);
  const announced = new Map<string, Set<string>>(users.map((u) => [u, new Set()]));
  const wsUrl = server.url.replace(/^http/, 'ws');
  for (const userId of users) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    clients.push(client);
    client.subscribe<{ graphUpdates: { kind: string; nodeId: string } }>(
      { query: SUBSCRIBE, variables: { userId } },
      {
        next: ({ data }) => {
          if (data?.graphUpdates.kind === 'EPISODE_INGESTED')
            announced.get(userId)!.add(data.graphUpdates.nodeId);
        },
        error: () => {},
        complete: () => {},
      },
    );
  }
  ctx.tick('subscribed');

  const samples: Record<Operation, number[]> = { ingestSync: [], ingestAsync: [], recall: [], empty: [] };
  const errors: Record<Operation, string[]> = { ingestSync: [], ingestAsync: [], recall: [], empty: [] };
  const acknowledged: Array<{ userId: string; sourceRef: string; episodeId: string }> = [];
  const rssTimeline: Array<[number, number | null]> = [[0, server.rssMb()]];
  const started = performance.now();
  const endAt = started + soak.seconds * 1000;
  let sequence = 0;

  const once = async () => {
    const operation = pickOperation(Math.random());
    const userId = pick(users);
    const t0 = performance.now();
    try {
      if (operation === 'ingestSync' || operation === 'ingestAsync') {
        const sourceRef = `soak-${++sequence}`;
        const content = `On day ${sequence % 365} I ${pick(VERBS)} ${pick(TOPICS)} and ${pick(TOPICS)}.`;
        const mode = operation === 'ingestAsync' ? 'ASYNC' : 'SYNC';
        const data = await postGraphQL<{ ingest: { episode: { id: string } } }>(server.url, INGEST, {
          userId,
          input: { content, sourceRef, conversationId: `soak-${userId}` },
          mode,
        });
        acknowledged.push({ userId, sourceRef, episodeId: data.ingest.episode.id });
      } else if (operation === 'recall')
        await postGraphQL(server.url, RECALL, {
          userId,
          query: `when did I ${pick(VERBS)} ${pick(TOPICS)}?`,
        });
      else await postGraphQL(server.url, EMPTY);
      samples[operation].push(performance.now() - t0);
    } catch (err) {
      errors[operation].push((err as Error).message);
    }
  };
  const client = async () => {
    while (performance.now() < endAt) await once();
  };
  let second = 0;
  const clock = setInterval(() => {
    second += 1;
    if (second % 10 === 0) rssTimeline.push([second, server.rssMb()]);
    ctx.tick(`${acknowledged.length} episodes`);
  }, 1000);
  try {
    await Promise.all(Array.from({ length: soak.concurrency }, client));
  } finally {
    clearInterval(clock);
  }
  const elapsedS = (performance.now() - started) / 1000;
  rssTimeline.push([round(elapsedS, 0), server.rssMb()]);

  // The queue drains, then every acknowledged episode must be stored once and have been announced.
  const drainStart = performance.now();
  let pending = Number.POSITIVE_INFINITY;
  while (pending > 0 && performance.now() - drainStart < 120_000) {
    const { records } = await ctx.driver.executeQuery(
      "MATCH (ep:Episode) WHERE ep.userId IN $users AND ep.status = 'PENDING' RETURN count(ep) AS n",
      { users },
    );
    pending = records[0]?.get('n') as number;
    if (pending > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const drainS = (performance.now() - drainStart) / 1000;
  ctx.tick('drained');
  const { records } = await ctx.driver.executeQuery(
    `UNWIND $acks AS ack
     OPTIONAL MATCH (ep:Episode {userId: ack.userId, dedupKey: 'ref:' + ack.sourceRef})
     WITH ack, collect(ep) AS found
     RETURN ack.sourceRef AS sourceRef, size(found) AS copies,
       all(ep IN found WHERE ep.id = ack.episodeId AND ep.status = 'PROCESSED') AS same`,
    { acks: acknowledged },
  );
  const problems = records.filter((r) => r.get('copies') !== 1 || !r.get('same')).length;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const unannounced = acknowledged.filter((a) => !announced.get(a.userId)!.has(a.episodeId)).length;
  ctx.tick('checked');

  const baseline = fromSamples(samples.empty);
  const rows: BenchRow[] = (['ingestSync', 'ingestAsync', 'recall'] as const).map((operation) => {
    const timing = fromSamples(samples[operation]);
    return {
      case: { ingestSync: 'ingest SYNC', ingestAsync: 'ingest ASYNC', recall: 'recall' }[operation],
      system: timing,
      baseline,
      ratio: ratio(timing, baseline),
      extra: { 'ops/s': round(samples[operation].length / elapsedS, 1), errors: errors[operation].length },
    };
  });
  const totalErrors = Object.values(errors).reduce((n, list) => n + list.length, 0);
  const firstError = Object.values(errors).flat()[0];
  if (problems > 0 || unannounced > 0 || totalErrors > 0 || pending > 0)
    throw new Error(
      `soak check failed: ${problems} acknowledged episodes not stored exactly once, ${unannounced} not announced, ` +
        `${totalErrors} errors${firstError ? ` (first: ${firstError})` : ''}, ${pending} still queued`,
    );
  return {
    title: `Soak: ${soak.users} users, mixed load for ${soak.seconds} s`,
    baseline: 'an empty request { __typename } in the same mix',
    rows,
    counts: {
      header: ['seconds', 'server RSS (MB)'],
      rows: rssTimeline.map(([s, rss]) => [s, rss ?? 'n/a']),
    },
    notes: [
      `${soak.concurrency} requests in flight; ${round(elapsedS, 0)} s; ${acknowledged.length} episodes acknowledged, ` +
        `each stored exactly once and processed (${round(drainS, 1)} s for the queue to drain after the load), ` +
        `each announced to its user's subscriber; ${totalErrors} errors.`,
      `Mix: ingest SYNC ${MIX.ingestSync * 100}%, ASYNC ${MIX.ingestAsync * 100}%, recall ${MIX.recall * 100}%, ` +
        `empty request ${round((1 - MIX.ingestSync - MIX.ingestAsync - MIX.recall) * 100, 0)}%.`,
    ],
  };
}
