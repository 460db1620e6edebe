// Section 7: recall through the API for one user holding ~1,500 real chat turns (LongMemEval-S haystacks sent with
// ingestBatch), against an empty GraphQL request in the same run. Needs `--data <lme_jsons dir>`; skipped without.

import { type BenchRow, type BenchSection, SectionSkipped } from '../lib/context.ts';
import { type ChatTurn, loadChatHistory } from '../lib/longmemeval.ts';
import { postGraphQL, startBenchServer } from '../lib/server-process.ts';
import { interleaved, ratio, round, type Timing } from '../lib/timing.ts';

const QUESTIONS = 3;
const BATCH = 25;
/** Time the server is given to load the user's vectors after their first recall (a few hundred ms are needed). */
const CACHE_LOAD_WAIT_MS = 3000;

const INGEST_FIELDS = '{ __type(name: "IngestInput") { inputFields { name } } }';
const INGEST_BATCH = /* GraphQL */ `
  mutation Ingest($userId: ID!, $inputs: [IngestInput!]!) { ingestBatch(userId: $userId, inputs: $inputs) { duplicate } }`;
const RECALL = /* GraphQL */ `
  query Recall($userId: ID!, $query: String!) {
    recall(userId: $userId, input: { query: $query, limit: 10 }) { kind id text score occurredAt }
  }`;
const EMPTY = '{ __typename }';

export const recallApi: BenchSection = {
  id: 'recall-api',
  title: '7. Recall through the API (real chat history)',
  steps: (o) => o.turns + o.runs,
  async run(ctx) {
    const dir = ctx.options.data;
    if (!dir)
      throw new SectionSkipped(
        'no --data: pass the LongMemEval-S lme_jsons directory (e.g. --data=/work/data/lme/evaluations/data/lme_jsons) to run it',
      );
    const history = loadChatHistory(dir, {
      questions: QUESTIONS,
      minTurnsEach: Math.min(500, Math.ceil(ctx.options.turns / QUESTIONS)),
    });
    if (!history) throw new SectionSkipped(`--data ${dir} does not exist`);
    if (history.files.length < QUESTIONS)
      throw new SectionSkipped(`--data ${dir} has fewer than ${QUESTIONS} haystacks of 30+ sessions`);
    history.turns = history.turns.slice(0, ctx.options.turns);

    const server = await startBenchServer({
      neo4jUri: ctx.config.NEO4J_URI!,
      embeddingDimensions: ctx.config.EMBEDDING_DIMENSIONS,
    });
    let indexesOnly: Awaited<ReturnType<typeof startBenchServer>> | undefined;
    try {
      indexesOnly = await startBenchServer({
        neo4jUri: ctx.config.NEO4J_URI!,
        embeddingDimensions: ctx.config.EMBEDDING_DIMENSIONS,
        env: { RECALL_VECTOR_CACHE_MB: '0' },
      });
      const uncachedUrl = indexesOnly.url;
      const userId = `${ctx.runId}-api-chat`;
      // speaker and conversationId are sent when this server's IngestInput has them.
      const fields = await postGraphQL<{ __type: { inputFields: Array<{ name: string }> } }>(
        server.url,
        INGEST_FIELDS,
      );
      const accepted = new Set(fields.__type.inputFields.map((f) => f.name));
      const input = (t: ChatTurn) => ({
        content: t.content,
        source: 'chat',
        sourceRef: t.sourceRef,
        occurredAt: t.occurredAt,
        ...(accepted.has('speaker') ? { speaker: t.speaker } : {}),
        ...(accepted.has('conversationId') ? { conversationId: t.conversationId } : {}),
      });
      const ingestStarted = performance.now();
      for (let i = 0; i < history.turns.length; i += BATCH) {
        const batch = history.turns.slice(i, i + BATCH);
        await postGraphQL(server.url, INGEST_BATCH, { userId, inputs: batch.map(input) });
        ctx.tick('recall-api: ingest', batch.length);
      }
      const ingestMs = performance.now() - ingestStarted;
      const rssAfterIngest = server.rssMb();

      const queries = [
        ...history.questions,
        ...history.turns
          .filter((t) => t.speaker === 'user')
          .filter((_, i) => i % 97 === 0)
          .slice(0, 7)
          .map((t) => t.content.split(/\s+/).slice(0, 12).join(' ')),
      ];
      // The user's first recall loads their vectors into the server's vector cache in the background: steady state
      // is measured, after giving that load time. A second server on the same database, without the cache, answers
      // the same recalls through the vector indexes, in the same rounds.
      await postGraphQL(server.url, RECALL, { userId, query: queries[0] });
      await new Promise((resolve) => setTimeout(resolve, CACHE_LOAD_WAIT_MS));
      let q = 0;
      let u = 0;
      const [system, baseline, uncached] = await interleaved(
        ctx.options.runs,
        [
          () => postGraphQL(server.url, RECALL, { userId, query: queries[q++ % queries.length] }),
          () => postGraphQL(server.url, EMPTY),
          () => postGraphQL(uncachedUrl, RECALL, { userId, query: queries[u++ % queries.length] }),
        ],
        3,
        () => ctx.tick('recall-api: recall'),
      );
      const label = `recall over HTTP, 1 user with ${history.turns.length.toLocaleString('en')} chat turns`;
      const row = (name: string, timing: Timing): BenchRow => ({
        case: name,
        system: timing,
        baseline: baseline!,
        ratio: ratio(timing, baseline!),
        extra: {
          'p95 / empty p95': round(timing.p95Ms / Math.max(baseline!.p95Ms, 1e-6)),
          'ingest ms per turn': round(ingestMs / history.turns.length, 1),
          'server RSS after ingest MB': rssAfterIngest ?? 'n/a',
        },
      });
      const rows = [row(label, system!), row(`${label}, without the vector cache`, uncached!)];
      const sent = [
        'content',
        'source',
        'sourceRef',
        'occurredAt',
        ...['speaker', 'conversationId'].filter((f) => accepted.has(f)),
      ];
      return {
        title: this.title,
        baseline:
          'an empty GraphQL request `{ __typename }` to the same server, interleaved with the recalls',
        rows,
        notes: [
          `data: LongMemEval-S (MIT) haystacks of ${history.files.join(', ')}; the first ${history.turns.length.toLocaleString('en')} turns, each one episode, sent with ingestBatch in batches of ${BATCH}`,
          `IngestInput fields sent: ${sent.join(', ')}${accepted.has('speaker') ? '' : ' (this server has no speaker/conversationId yet: content, time and sourceRef only)'}`,
          `${queries.length} queries in turn: the ${history.questions.length} questions of those haystacks and the first words of ${queries.length - history.questions.length} user turns; recall selects kind id text score occurredAt (no sources)`,
          'the API runs as its own process (src/main.ts) with the configured provider (offline here)',
        ],
      };
    } finally {
      await server.stop();
      await indexesOnly?.stop();
    }
  },
};
