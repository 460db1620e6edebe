// A fake OpenAI-compatible server on loopback: the only place tests fake the model (at the wire, real SDK in front).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localEmbedding } from '../../src/llm/local-embedding.ts';
import { ANSWER_SCHEMA_NAME } from '../../src/prompts/answer-question.ts';
import { EXTRACTION_SCHEMA_NAME } from '../../src/prompts/extract-memory.ts';

export type FakeFault = { status: 429 | 500 | 503 } | { delayMs: number } | { malformed: true };
// biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
export type ChatHandler = (body: any) => object | FakeFault | undefined;

export interface FakeOpenAI {
  baseURL: string;
  calls: { chat: number; embeddings: number };
  tokens: { prompt: number; completion: number };
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
  requests: Array<{ path: string; body: any }>;
  enqueueChat(...responses: Array<object | FakeFault>): void;
  onChat(handler: ChatHandler): void;
  failEmbeddings(...faults: FakeFault[]): void;
  reset(): void;
  close(): Promise<void>;
}

/** Environment for startTestServer that points the real OpenAI SDK at this fake (256-dimension embeddings). */
export function fakeModelEnv(fake: Pick<FakeOpenAI, 'baseURL'>, extra: Record<string, string> = {}) {
  return { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseURL, EMBEDDING_DIMENSIONS: '256', ...extra };
}

/** An entity as the extraction prompt answers it: ref n1, n2… for a new one, E1… for a known one, USER for the user. */
export interface ExtractedEntity {
  ref: string;
  name: string;
  type: string;
  sameAs?: string;
  aliases?: string[];
  summary?: string;
}

export const entity = (ref: string, name: string, type: string): ExtractedEntity => ({ ref, name, type });

/** The model's extraction of one relation between two entities, stated in the first episode (for enqueueChat). */
export function relation(
  subject: ExtractedEntity,
  predicate: string,
  object: ExtractedEntity,
  statement: string,
) {
  return {
    entities: [subject, object],
    facts: [{ episode: 'ep1', subject: subject.ref, predicate, object: object.ref, statement }],
  };
}

/** Which of our prompts a chat request is, read from its response_format schema name. */
// biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
export function chatPromptKind(body: any): 'extraction' | 'answer' | 'unknown' {
  const name = body?.response_format?.json_schema?.name;
  if (name === EXTRACTION_SCHEMA_NAME) return 'extraction';
  if (name === ANSWER_SCHEMA_NAME) return 'answer';
  return 'unknown';
}

/** The text of a chat request's last user message (what the prompt builders put the episodes/question in). */
// biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
export function chatUserText(body: any): string {
  const messages: Array<{ role: string; content: unknown }> = body?.messages ?? [];
  const user = [...messages].reverse().find((m) => m.role === 'user');
  return typeof user?.content === 'string' ? user.content : JSON.stringify(user?.content ?? '');
}

const estimateTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

// biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
function defaultChat(body: any): object {
  if (chatPromptKind(body) === 'answer') return { answer: "I don't know.", citations: [], known: false };
  return { entities: [], facts: [], invalidations: [] };
}

function isFault(value: object): value is FakeFault {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'status' || keys[0] === 'delayMs' || keys[0] === 'malformed');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

function sendError(res: ServerResponse, status: number): void {
  // retry-after-ms keeps the SDK's retry backoff short in tests.
  const headers: Record<string, string> = status === 429 ? { 'retry-after-ms': '1' } : {};
  send(
    res,
    status,
    { error: { message: `fake error ${status}`, type: 'fake_error', code: String(status) } },
    headers,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the fake on 127.0.0.1 with a random port. */
export async function startFakeOpenAI(options: { dimensions?: number } = {}): Promise<FakeOpenAI> {
  let chatQueue: Array<object | FakeFault> = [];
  let embeddingFaults: FakeFault[] = [];
  let handler: ChatHandler | undefined;
  let sequence = 0;

  const fake: FakeOpenAI = {
    baseURL: '',
    calls: { chat: 0, embeddings: 0 },
    tokens: { prompt: 0, completion: 0 },
    requests: [],
    enqueueChat: (...responses) => {
      chatQueue.push(...responses);
    },
    onChat: (next) => {
      handler = next;
    },
    failEmbeddings: (...faults) => {
      embeddingFaults.push(...faults);
    },
    reset: () => {
      chatQueue = [];
      embeddingFaults = [];
      handler = undefined;
      fake.calls.chat = 0;
      fake.calls.embeddings = 0;
      fake.tokens.prompt = 0;
      fake.tokens.completion = 0;
      fake.requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
  async function chat(body: any, res: ServerResponse): Promise<void> {
    fake.calls.chat++;
    let response: object | FakeFault | undefined = chatQueue.shift() ?? handler?.(body) ?? undefined;
    response ??= defaultChat(body);
    let content: string;
    if (isFault(response)) {
      if ('status' in response) return sendError(res, response.status);
      if ('delayMs' in response) {
        await sleep(response.delayMs);
        content = JSON.stringify(handler?.(body) ?? defaultChat(body));
      } else {
        content = '{"entities": [ {"ref": "n1", "name": ';
      }
    } else {
      content = JSON.stringify(response);
    }
    const promptTokens = estimateTokens(JSON.stringify(body.messages ?? []));
    const completionTokens = estimateTokens(content);
    if (res.destroyed) return;
    fake.tokens.prompt += promptTokens;
    fake.tokens.completion += completionTokens;
    send(res, 200, {
      id: `chatcmpl-fake-${++sequence}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'fake-model',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    });
  }

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the SDK sent
  async function embeddings(body: any, res: ServerResponse): Promise<void> {
    fake.calls.embeddings++;
    const fault = embeddingFaults.shift();
    if (fault && 'status' in fault) return sendError(res, fault.status);
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    const inputs: string[] = Array.isArray(body.input) ? body.input : [String(body.input ?? '')];
    const dimensions: number = body.dimensions ?? options.dimensions ?? 256;
    const promptTokens = inputs.reduce((sum, text) => sum + estimateTokens(text), 0);
    const data = inputs.map((text, index) => {
      const vector = localEmbedding(text, dimensions);
      // The SDK asks for base64 by default (little-endian float32) and decodes it itself.
      const embedding =
        body.encoding_format === 'base64'
          ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
          : vector;
      return { object: 'embedding', index, embedding };
    });
    if (fault && 'malformed' in fault) return void res.writeHead(200).end('{"object": "list", "data": [');
    if (res.destroyed) return;
    fake.tokens.prompt += promptTokens;
    send(res, 200, {
      object: 'list',
      data,
      model: body.model ?? 'fake-embedding',
      usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
    });
  }

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (raw) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const body = raw ? JSON.parse(raw) : {};
        fake.requests.push({ path, body });
        if (req.method === 'POST' && path.endsWith('/chat/completions')) return chat(body, res);
        if (req.method === 'POST' && path.endsWith('/embeddings')) return embeddings(body, res);
        send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found' } });
      })
      .catch((error: unknown) => send(res, 400, { error: { message: String(error), type: 'bad_request' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
