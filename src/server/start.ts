// Starts everything `npm start` needs: config, Neo4j (local when NEO4J_URI is unset), the model providers (the
// local embedding model by default), the driver and the API.
import { isIP } from 'node:net';
import type { Logger } from 'pino';
import { authConfigured } from '../auth/index.ts';
import type { Config } from '../config/index.ts';
import { createLlmProvider, type LlmProvider } from '../llm/index.ts';
import { createDriver, type LocalNeo4j, localNeo4jSettings, startLocalNeo4j } from '../neo4j/index.ts';
import { checkVectorSpace } from '../neo4j/vector-space.ts';
import { type App, createApp } from './app.ts';
import { createLogger } from './logger.ts';

export interface RunningServer {
  app: App;
  url: string;
  localNeo4j?: LocalNeo4j;
  /** Graceful shutdown: drain requests, close subscriptions, close the driver, stop the local Neo4j. */
  shutdown(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Refuses an open (unauthenticated) server on a non-loopback address. */
export function assertSafeBinding(config: Config): void {
  if (!authConfigured(config) && !isLoopback(config.HOST)) {
    throw new Error(
      `Refusing to start: HOST=${config.HOST} is not a loopback address and no authentication is configured. ` +
        'Set AUTH_JWT_SECRET or AUTH_JWKS_URL, or bind to 127.0.0.1.',
    );
  }
}

/** Says which chat model and which embeddings are in use, loudly when either is a no-model stand-in. */
function logProviders(llm: LlmProvider, logger: Logger): void {
  logger.info(
    `chat: ${llm.name} (${llm.chatModel}); embeddings: ${llm.embeddingProvider ?? llm.name} ` +
      `(${llm.embeddingModel}, ${llm.embeddingDimensions} dims)`,
  );
  if (llm.name === 'offline') {
    logger.warn(
      '*** OFFLINE CHAT: no OPENAI_API_KEY set; rule-based extraction and extractive answers (offline-nlp). ' +
        'Set OPENAI_API_KEY (and OPENAI_BASE_URL for Ollama or another compatible server) for real model quality. ***',
    );
  }
  if (llm.embeddingProvider === 'hash') {
    logger.warn(
      '*** HASHED EMBEDDINGS (offline-hash-embeddings): recall matches exact words only. Use ' +
        'EMBEDDING_PROVIDER=local (needs Java 17+) or openai for embeddings that match meaning. ***',
    );
  }
}

export async function startServer(config: Config): Promise<RunningServer> {
  assertSafeBinding(config);
  const logger = createLogger(config);
  const llm = createLlmProvider(config, {
    warn: (message) => logger.warn(message),
    log: (line) => logger.debug(line),
  });
  logProviders(llm, logger);
  let localNeo4j: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  // Neo4j and the embedding model are separate JVMs: start them side by side.
  const embeddingsReady = (async () => {
    const started = performance.now();
    await llm.start?.();
    if (llm.embeddingProvider === 'local')
      logger.info(`local embedding model ready in ${Math.round(performance.now() - started)} ms`);
  })();
  try {
    if (!uri) {
      logger.info(
        `NEO4J_URI is not set: starting a local Neo4j 5.26 with data in ${config.NEO4J_LOCAL_DATA_DIR}`,
      );
      localNeo4j = await startLocalNeo4j({
        ...localNeo4jSettings(config),
        log: (line) => logger.debug(line),
      });
      uri = localNeo4j.uri;
      logger.info(`local Neo4j is up at ${uri}`);
    }
    await embeddingsReady;
  } catch (error) {
    await embeddingsReady.catch(() => {});
    await Promise.all([localNeo4j?.stop(), llm.close?.()]);
    throw error;
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    // Refuses a database whose vectors another embedding model made (the fix is `persona-graph reembed`).
    await checkVectorSpace(
      driver,
      { model: llm.embeddingModel, dimensions: llm.embeddingDimensions },
      { database: config.NEO4J_DATABASE, warn: (message) => logger.warn(message) },
    );
    const app = await createApp({ config, driver, logger, llm });
    const url = await app.listen(config.PORT, config.HOST);
    if (!authConfigured(config)) {
      logger.warn(
        '*** OPEN LOCAL MODE: no authentication configured; every caller may act for every user. ' +
          'Bound to loopback only. Set AUTH_JWT_SECRET or AUTH_JWKS_URL for real deployments. ***',
      );
    }
    logger.info(`Persona Graph is ready at ${url}/graphql`);
    let closing: Promise<void> | undefined;
    return {
      app,
      url,
      localNeo4j,
      shutdown() {
        closing ??= (async () => {
          await app.stop();
          await driver.close();
          await Promise.all([localNeo4j?.stop(), llm.close?.()]);
        })();
        return closing;
      },
    };
  } catch (error) {
    await driver.close();
    await Promise.all([localNeo4j?.stop(), llm.close?.()]);
    throw error;
  }
}
