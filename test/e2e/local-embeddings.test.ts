// The real local embedding model (a child JVM) through the provider's OpenAI SDK path, and moving a database from
// one embedding model to another: refused at startup, converted by `persona-graph reembed`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config/index.ts';
import { type ComposedProvider, cosine, createLlmProvider, type LocalEmbedder } from '../../src/llm/index.ts';
import { tenantOf } from '../../src/memory/tenant.ts';
import { createDriver, ensureGraphSchema, type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/index.ts';
import {
  beginVectorSpaceChange,
  checkVectorSpace,
  readVectorSpace,
  VectorSpaceMismatchError,
  vectorIndexDimensions,
} from '../../src/neo4j/vector-space.ts';
import { startTestServer, uniqueUserId } from '../support/test-server.ts';
import { RECALL } from './memory-helpers.ts';

let llm: ComposedProvider;

beforeAll(async () => {
  llm = createLlmProvider(loadConfig({ NODE_ENV: 'test', EMBEDDING_PROVIDER: 'local' }));
  await llm.start();
}, 120_000);
afterAll(() => llm?.close());

const embedOne = async (text: string) => (await llm.embed([text])).vectors[0]!;

describe('the local embedding model through the OpenAI SDK', () => {
  it('finds a paraphrase closer than an unrelated sentence', async () => {
    const { vectors } = await llm.embed([
      'What does she do for fun?',
      'Alice loves hiking and photography.',
      'The quarterly tax report is due on Monday.',
    ]);
    const [question, hobbies, taxes] = vectors as [number[], number[], number[]];
    expect(question).toHaveLength(384);
    expect(cosine(question, hobbies)).toBeGreaterThan(cosine(question, taxes) + 0.2);
    // Unit length, as the provider interface promises.
    expect(Math.hypot(...hobbies)).toBeCloseTo(1, 5);
  });

  it('keeps batch order and reports usage naming both providers', async () => {
    const texts = [
      'I moved to Lyon last spring.',
      'My sister Maria is a nurse.',
      'We adopted a cat named Miso.',
    ];
    const { vectors, usage } = await llm.embed(texts);
    expect(usage).toMatchObject({
      provider: 'offline',
      model: 'all-minilm-l6-v2-q',
      calls: 1,
      chatProvider: 'offline',
      embeddingProvider: 'local',
      embeddingModel: 'all-minilm-l6-v2-q',
    });
    expect(usage.promptTokens).toBeGreaterThan(texts.length);
    for (const [i, text] of texts.entries()) {
      expect(cosine(vectors[i]!, await embedOne(text))).toBeGreaterThan(0.999);
    }
  });

  it('gives text without a visible character a zero vector and embeds very long text', async () => {
    const long = 'Alice hikes in the Alps every summer and photographs marmots. '.repeat(300);
    // A chat turn of one zero-width space (seen in real chat logs) is not whitespace to Java, yet holds no token.
    const { vectors } = await llm.embed(['', long, '\u200b', ' \ufeff\u0007 ']);
    for (const empty of [vectors[0]!, vectors[2]!, vectors[3]!])
      expect(empty.every((x) => x === 0)).toBe(true);
    expect(vectors[1]).toHaveLength(384);
    expect(cosine(vectors[1]!, await embedOne('mountain hiking and photography'))).toBeGreaterThan(0.3);
  });

  it('answers concurrent requests, each with its own vectors', async () => {
    const texts = ['coffee', 'football', 'violin lessons', 'tax returns'];
    const alone: number[][] = [];
    for (const text of texts) alone.push(await embedOne(text));
    const together = await Promise.all(texts.map(embedOne));
    for (const [i] of texts.entries()) expect(cosine(alone[i]!, together[i]!)).toBeGreaterThan(0.999);
  });
});

describe('when the local embedding service cannot be reached', () => {
  it('recall still answers, by keywords and the graph', async () => {
    const writer = await startTestServer();
    // Nothing listens on port 9 (discard): every embeddings call fails at once.
    const reader = await startTestServer({
      EMBEDDING_PROVIDER: 'local',
      LOCAL_EMBEDDING_URL: 'http://127.0.0.1:9/v1',
      LLM_MAX_RETRIES: '0',
    });
    try {
      const userId = uniqueUserId('no-embeddings');
      const ingest = await writer.gql(
        'mutation ($u: ID!) { ingest(userId: $u, input: { content: "Alice adopted a greyhound named Pixel." }) { episode { id } } }',
        { u: userId },
      );
      expect(ingest.errors).toBeUndefined();
      const recalled = await reader.gql<{ recall: Array<{ text: string }> }>(RECALL, {
        userId,
        input: { query: 'greyhound' },
      });
      expect(recalled.errors).toBeUndefined();
      expect(recalled.data?.recall.map((item) => item.text).join(' ')).toContain('Pixel');
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

describe('a database made with another embedding model', () => {
  let dataDir: string;
  let neo4j: LocalNeo4j;
  let driver: Driver;
  const hashed = { model: 'offline-hash-embeddings', dimensions: 256 };
  const local = { model: 'all-minilm-l6-v2-q', dimensions: 384 };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'persona-graph-reembed-'));
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', quickStart: true });
    driver = createDriver({ uri: neo4j.uri });
    await ensureGraphSchema(driver, { embeddingDimensions: 256 });
    expect(await checkVectorSpace(driver, hashed)).toBe('recorded');
    const hashing = createLlmProvider(loadConfig({ NODE_ENV: 'test' }));
    const texts = [
      'Bob: I moved to Lyon.',
      'Alice, person: loves hiking',
      'Alice loves hiking and photography.',
    ];
    const { vectors } = await hashing.embed(texts);
    await driver.executeQuery(
      `CREATE (:User {id: 'u', vectorsVersion: 5})
       CREATE (:Episode {id: 'ep1', userId: 'u', speaker: 'Bob', content: 'I moved to Lyon.', embedding: $v0})
       CREATE (:Entity {id: 'en1', userId: 'u', name: 'Alice', type: 'person', aliases: [], summary: 'loves hiking',
                        embedding: $v1})
       CREATE (:Fact {id: 'f1', userId: 'u', statement: 'Alice loves hiking and photography.', embedding: $v2})`,
      { v0: vectors[0], v1: vectors[1], v2: vectors[2] },
    );
  }, 180_000);
  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('is refused at startup with a message naming both models and the fix', async () => {
    const error = await checkVectorSpace(driver, local).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VectorSpaceMismatchError);
    const message = (error as Error).message;
    expect(message).toContain('offline-hash-embeddings (256 dimensions)');
    expect(message).toContain('all-minilm-l6-v2-q (384 dimensions)');
    expect(message).toContain('persona-graph reembed');
  });

  it('refuses a database whose re-embedding was interrupted, naming the command that resumes it', async () => {
    // As if an earlier run had converted the fact and then stopped.
    await beginVectorSpaceChange(driver, local);
    await driver.executeQuery(
      "MATCH (f:Fact {id: 'f1'}) SET f.embedding = $v, f.embeddingModel = $model, f.embeddingDimensions = 384",
      { v: await embedOne('Alice loves hiking and photography.'), model: local.model },
    );
    const error = await checkVectorSpace(driver, local).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/did not finish: run `npx persona-graph reembed` again/);
  });

  it('keeps a running server answering by keywords, not by mixed vectors, while the conversion is unfinished', async () => {
    // The seeded nodes get the tenant key keyword search is scoped by, as ingest would have given them.
    await driver.executeQuery("MATCH (n {userId: 'u'}) SET n.tenant = $tenant", { tenant: tenantOf('u') });
    // A server that was running when reembed began (startup itself refuses an unfinished conversion).
    const service = (llm.embedder as LocalEmbedder).service!;
    const server = await startTestServer(
      { EMBEDDING_PROVIDER: 'local', LOCAL_EMBEDDING_URL: service.baseURL },
      { neo4jUri: neo4j.uri },
    );
    try {
      const recall = async (query: string) => {
        const response = await server.gql<{ recall: Array<{ id: string }> }>(RECALL, {
          userId: 'u',
          input: { query },
        });
        expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
        return response.data!.recall.map((item) => item.id);
      };
      expect(await recall('hiking')).toContain('f1');
      // Shares no word with the fact: only its vector could find it, and vectors are not used until reembed is done.
      expect(await recall('What does she do for fun?')).not.toContain('f1');
    } finally {
      await server.close();
    }
  });

  it('is converted by `persona-graph reembed`, after which startup accepts it and vector search works', async () => {
    const stdout = new Sink();
    const stderr = new Sink();
    const service = (llm.embedder as LocalEmbedder).service!;
    const code = await runCli(
      ['reembed', '--batch-size', '2'],
      { stdout, stderr },
      {
        NODE_ENV: 'test',
        NEO4J_URI: neo4j.uri,
        EMBEDDING_PROVIDER: 'local',
        LOCAL_EMBEDDING_URL: service.baseURL,
      },
    );
    expect(stderr.text).not.toContain('reembed:');
    expect(code).toBe(0);
    // The fact converted before the interruption is not embedded again.
    expect(stdout.text).toContain('Re-embedded 1 episodes, 1 entities and 0 facts with all-minilm-l6-v2-q');

    expect(await readVectorSpace(driver)).toEqual({ ...local, pending: null });
    expect([...(await vectorIndexDimensions(driver)).values()]).toEqual([384, 384, 384]);
    expect(await checkVectorSpace(driver, local)).toBe('matches');

    // The episode was embedded as ingest embeds it: with its speaker.
    const { records } = await driver.executeQuery(
      `MATCH (e:Episode {id: 'ep1'}) RETURN e.embedding AS embedding, e.embeddingModel AS model`,
    );
    expect(records[0]?.get('model')).toBe('all-minilm-l6-v2-q');
    expect(cosine(records[0]?.get('embedding'), await embedOne('Bob: I moved to Lyon.'))).toBeGreaterThan(
      0.999,
    );

    // Every node this run converted carries a newer vectors version of its user, so servers' vector caches see it
    // changed.
    const versions = await driver.executeQuery(
      `MATCH (u:User {id: 'u'}) MATCH (n {userId: 'u'}) WHERE n.id IN ['ep1', 'en1']
       RETURN u.vectorsVersion AS user, collect(n.vseq) AS nodes`,
    );
    const userVersion = Number(versions.records[0]?.get('user'));
    const nodeVersions = ((versions.records[0]?.get('nodes') ?? []) as unknown[]).map(Number);
    expect(nodeVersions).toHaveLength(2);
    for (const v of nodeVersions) expect(v).toBeGreaterThan(5);
    expect(Math.max(...nodeVersions)).toBe(userVersion);

    const query = await embedOne('What does she do for fun?');
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    const found = await driver.executeQuery(
      "CALL db.index.vector.queryNodes('fact_embedding', 1, $query) YIELD node RETURN node.id AS id",
      { query },
    );
    expect(found.records[0]?.get('id')).toBe('f1');

    // A second run has nothing to do.
    const again = new Sink();
    expect(
      await runCli(
        ['reembed'],
        { stdout: again, stderr: new Sink() },
        {
          NODE_ENV: 'test',
          NEO4J_URI: neo4j.uri,
          LOCAL_EMBEDDING_URL: service.baseURL,
          EMBEDDING_PROVIDER: 'local',
        },
      ),
    ).toBe(0);
    expect(again.text).toContain('Nothing to do');
  });
});
