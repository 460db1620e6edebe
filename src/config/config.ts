// The only place that reads process.env: parses and validates it once into one typed object.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}:`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

const int = (min: number) => z.coerce.number().int().min(min);
/** A JVM memory size. */
const memorySize = z.string().regex(/^\d+[mMgG]$/, 'must look like 512m or 1g');

const priceTableSchema = z.record(
  z.string(),
  z.object({ prompt: z.number().min(0), completion: z.number().min(0).optional() }),
);

/** Every setting, its default and its rule. Names match the environment variables (see docs/configuration.md). */
const settingsSchema = z.object({
  // Production unless said otherwise: stack traces reach clients only under an explicit development (`npm run dev`).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: url(['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc']).optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_LOCAL_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_LOCAL_HEAP: memorySize.default('768m'),
  // Neo4j's own cache of the store: size it to the graph (a user with 100,000 facts needs about 1 GB held).
  NEO4J_LOCAL_PAGECACHE: memorySize.default('256m'),

  // Chat (extraction, answers) and embeddings are chosen apart, so any mix works; defaults in resolveProviders.
  CHAT_PROVIDER: z.enum(['openai', 'offline']).optional(),
  EMBEDDING_PROVIDER: z.enum(['openai', 'local', 'hash']).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: url(['http', 'https']).optional(),
  OPENAI_CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  // Embeddings from another OpenAI-compatible server than chat (e.g. OpenAI chat, Ollama embeddings).
  EMBEDDING_BASE_URL: url(['http', 'https']).optional(),
  EMBEDDING_API_KEY: z.string().min(1).optional(),
  EMBEDDING_DIMENSIONS: int(8).max(4096).optional(),
  // A local embedding service already running (its own container); unset: `npm start` runs one as a child JVM.
  LOCAL_EMBEDDING_URL: url(['http', 'https']).optional(),
  LOCAL_EMBEDDING_THREADS: int(1).max(64).default(2),
  LOCAL_EMBEDDING_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must look like 256m or 1g')
    .default('256m'),
  LLM_TIMEOUT_MS: int(100).default(30_000),
  LLM_MAX_RETRIES: int(0).max(10).default(2),

  REDIS_URL: url(['redis', 'rediss']).optional(),

  AUTH_JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  AUTH_JWKS_URL: url(['http', 'https']).optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_ROLES_CLAIM: z.string().default('roles'),
  AUTH_ADMIN_ROLE: z.string().default('admin'),

  MAX_BODY_BYTES: int(1024).default(2 * 1024 * 1024),
  MAX_CONTENT_CHARS: int(1).default(100_000),
  MAX_BATCH_ITEMS: int(1).default(100),
  MAX_RECALL_LIMIT: int(1).default(100),
  // Users with at most this many episodes (or facts) are searched by an exact cosine scan, larger ones through the
  // shared vector index (src/memory/recall/search-config.ts, exactScanMax).
  RECALL_EXACT_SCAN_MAX: int(0).default(200),
  // The vector cache: the vectors of recently active users, held in this process so recall's dense search and
  // ingest's entity resolution cost a scan in memory instead of vector index queries (src/memory/vector-cache.ts).
  // 0 turns it off. (Named when only recall used it.)
  RECALL_VECTOR_CACHE_MB: int(0).default(256),
  MAX_QUERY_DEPTH: int(2).default(12),
  MAX_QUERY_COST: int(100).default(20_000),
  MAX_ALIASES: int(1).default(30),
  MAX_QUERY_TOKENS: int(100).default(10_000),

  // Asynchronous ingest (src/memory/ingest-worker): how many users this instance extracts at once (0: it only queues),
  // how often it looks for queued episodes, how long it waits for the embedder before storing an episode without a
  // vector, the backoff while the model is unavailable, how many bad outputs fail an episode, and the claim on a user.
  INGEST_WORKERS: int(0).max(64).default(2),
  INGEST_POLL_MS: int(20).default(1000),
  INGEST_QUEUE_EMBED_TIMEOUT_MS: int(0).default(800),
  INGEST_RETRY_BASE_MS: int(10).default(2000),
  INGEST_RETRY_MAX_MS: int(10).default(300_000),
  INGEST_MAX_BAD_OUTPUTS: int(1).default(3),
  INGEST_LEASE_MS: int(1000).default(120_000),

  SUBSCRIPTION_BUFFER: int(1).default(1000),
  SUBSCRIPTION_STALL_MS: int(100).default(10_000),
  FORGET_INTERVAL_MS: int(0).default(0),
  FORGET_ARCHIVE_BELOW: z.coerce.number().default(-4),
  FORGET_DELETE_BELOW: z.coerce.number().default(-5),
  FORGET_RETENTION_DAYS: z.coerce.number().min(0).default(365),

  // Prometheus metrics at /metrics (no user ids in them); METRICS_TOKEN, when set, is the bearer token a scraper sends.
  METRICS_ENABLED: bool.default(true),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // Model prices for the cost estimate, USD per million tokens, JSON: {"my-model": {"prompt": 0.2, "completion": 0.8}}.
  LLM_PRICES: z
    .string()
    .transform((text, ctx) => {
      try {
        return priceTableSchema.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be JSON like {"model": {"prompt": 0.15, "completion": 0.6}} (USD per million tokens)',
        });
        return z.NEVER;
      }
    })
    .optional(),
});

/** The local model's fixed size (all-MiniLM-L6-v2, served by src/llm/embedding-service). */
export const LOCAL_EMBEDDING_DIMENSIONS = 384;
// Hashed and OpenAI vectors: small enough for fast vector search, large enough for the text-embedding-3 models.
const DEFAULT_EMBEDDING_DIMENSIONS = 256;

type RawConfig = z.infer<typeof settingsSchema>;

/**
 * Fills the provider defaults: chat and embeddings use OpenAI when OPENAI_API_KEY is set; without a key chat is
 * offline and embeddings come from the local model, except under NODE_ENV=test, where feature hashing keeps the
 * test suite free of a JVM unless a test asks for the local model.
 */
function resolveProviders(raw: RawConfig) {
  const hasKey = raw.OPENAI_API_KEY !== undefined;
  const CHAT_PROVIDER = raw.CHAT_PROVIDER ?? (hasKey ? 'openai' : 'offline');
  const EMBEDDING_PROVIDER =
    raw.EMBEDDING_PROVIDER ?? (hasKey ? 'openai' : raw.NODE_ENV === 'test' ? 'hash' : 'local');
  const EMBEDDING_DIMENSIONS =
    raw.EMBEDDING_DIMENSIONS ??
    (EMBEDDING_PROVIDER === 'local' ? LOCAL_EMBEDDING_DIMENSIONS : DEFAULT_EMBEDDING_DIMENSIONS);
  return { ...raw, CHAT_PROVIDER, EMBEDDING_PROVIDER, EMBEDDING_DIMENSIONS };
}

function checkProviders(config: ReturnType<typeof resolveProviders>, ctx: z.RefinementCtx): void {
  const problem = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
  if (config.CHAT_PROVIDER === 'openai' && !config.OPENAI_API_KEY)
    problem(
      'CHAT_PROVIDER',
      'openai needs OPENAI_API_KEY (any value for a server without auth, such as Ollama)',
    );
  if (config.EMBEDDING_PROVIDER === 'openai' && !config.EMBEDDING_API_KEY && !config.OPENAI_API_KEY)
    problem('EMBEDDING_PROVIDER', 'openai needs EMBEDDING_API_KEY or OPENAI_API_KEY');
  if (config.EMBEDDING_PROVIDER === 'local' && config.EMBEDDING_DIMENSIONS !== LOCAL_EMBEDDING_DIMENSIONS)
    problem(
      'EMBEDDING_DIMENSIONS',
      `the local model makes ${LOCAL_EMBEDDING_DIMENSIONS}-dimension vectors: unset it or set ${LOCAL_EMBEDDING_DIMENSIONS}`,
    );
}

export const configSchema = settingsSchema.transform(resolveProviders).superRefine(checkProviders);

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default), throwing ConfigError with one line per bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        const value = env[key];
        const shown =
          key.includes('SECRET') || key.includes('PASSWORD') || key.includes('KEY') ? '***' : value;
        return `${key}=${JSON.stringify(shown)}: ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}
