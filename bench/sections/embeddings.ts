// Section 9: the local embedding model (all-MiniLM-L6-v2 in its own JVM): what it costs to start and hold, and
// how many texts a second it embeds through the same OpenAI SDK code the server uses.
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../eval/dataset.ts';
import { LOCAL_EMBEDDING_DIMENSIONS } from '../../src/config/index.ts';
import { LOCAL_EMBEDDING_MODEL } from '../../src/llm/local-embedder.ts';
import { startLocalEmbeddingService } from '../../src/llm/local-embedding-service.ts';
import { OpenAiEmbedder } from '../../src/llm/openai-embedder.ts';
import type { BenchRow, BenchSection } from '../lib/context.ts';
import { interleaved, ratio, round } from '../lib/timing.ts';

const BATCHES = [1, 8, 64];

/** Resident memory of a process in MB (Linux /proc), or null where it cannot be read. */
function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? round(Number(line[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

export const embeddings: BenchSection = {
  id: 'embeddings',
  title: '9. Local embedding model (own JVM)',
  steps: (o) => o.runs + 3,
  async run(ctx) {
    const service = await startLocalEmbeddingService({ threads: ctx.config.LOCAL_EMBEDDING_THREADS });
    try {
      const embedder = new OpenAiEmbedder({
        name: 'local',
        model: LOCAL_EMBEDDING_MODEL,
        dimensions: LOCAL_EMBEDDING_DIMENSIONS,
        requestDimensions: false,
        baseURL: service.baseURL,
        apiKey: 'local',
        timeoutMs: 60_000,
        maxRetries: 0,
      });
      const rssIdle = rssMb(service.pid);
      // Real chat turns of the project's own eval set, a batch of each size.
      const turns = loadDataset().users.flatMap((u) => u.turns.map((t) => t.text));
      const batches = BATCHES.map((n) => turns.slice(0, n));
      const health = `${service.baseURL.replace(/\/v1$/, '')}/health`;
      const [baseline, ...timings] = await interleaved(
        ctx.options.runs,
        [() => fetch(health).then((r) => r.text()), ...batches.map((texts) => () => embedder.embed(texts))],
        3,
        () => ctx.tick('embeddings'),
      );
      const rows: BenchRow[] = batches.map((texts, i) => ({
        case: `batch of ${texts.length} chat turn${texts.length === 1 ? '' : 's'}`,
        system: timings[i]!,
        baseline: baseline!,
        ratio: ratio(timings[i]!, baseline!),
        extra: { 'texts/s': round((texts.length * 1000) / timings[i]!.p50Ms, 0) },
      }));
      const rssBusy = rssMb(service.pid);
      return {
        title: this.title,
        baseline: "the service's own GET /health over the same loopback HTTP (no model work)",
        rows,
        counts: {
          header: [
            'model',
            'threads',
            'startup ms (spawn to warm)',
            'JVM RSS idle MB',
            'JVM RSS after the runs MB',
          ],
          rows: [
            [
              LOCAL_EMBEDDING_MODEL,
              ctx.config.LOCAL_EMBEDDING_THREADS,
              service.startupMs,
              rssIdle ?? 'n/a',
              rssBusy ?? 'n/a',
            ],
          ],
        },
        notes: [
          'the server starts this JVM beside Neo4j at startup (in parallel), so startup ms is what it adds at most',
          'texts/s at p50; chat turns of the eval set, 20–300 characters',
        ],
      };
    } finally {
      await service.stop();
    }
  },
};
