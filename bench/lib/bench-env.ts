// The environment every bench config is read from: the caller's, with the hash embedder unless told otherwise.

/**
 * Seeded graphs carry the hash embedder's vectors (bench/lib/seed.ts), so the server must embed queries the same
 * way for vector search to mean anything; EMBEDDING_PROVIDER=… in the environment overrides it (then seeded
 * vectors and query vectors come from different models, and only the timings are meaningful).
 */
export const BENCH_EMBEDDING_PROVIDER = process.env.EMBEDDING_PROVIDER ?? 'hash';

/** process.env for loadConfig: quiet logs and the bench's embedding provider. */
export function benchEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { ...process.env, EMBEDDING_PROVIDER: BENCH_EMBEDDING_PROVIDER, LOG_LEVEL: 'silent', ...extra };
}
