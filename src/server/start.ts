// Starts everything `npm start` needs: config, Neo4j (local when NEO4J_URI is unset), the driver and the API.
import { isIP } from 'node:net';
import { authConfigured } from '../auth/index.ts';
import type { Config } from '../config/index.ts';
import { createDriver, type LocalNeo4j, startLocalNeo4j } from '../neo4j/index.ts';
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

export async function startServer(config: Config): Promise<RunningServer> {
  assertSafeBinding(config);
  const logger = createLogger(config);
  let localNeo4j: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    logger.info(
      `NEO4J_URI is not set: starting a local Neo4j 5.26 with data in ${config.NEO4J_LOCAL_DATA_DIR}`,
    );
    localNeo4j = await startLocalNeo4j({
      dataDir: config.NEO4J_LOCAL_DATA_DIR,
      heap: config.NEO4J_LOCAL_HEAP,
      log: (line) => logger.debug(line),
    });
    uri = localNeo4j.uri;
    logger.info(`local Neo4j is up at ${uri}`);
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    const app = await createApp({ config, driver, logger });
    const url = await app.listen(config.PORT, config.HOST);
    if (!authConfigured(config)) {
      logger.warn(
        '*** OPEN LOCAL MODE: no authentication configured; every caller may act for every user. ' +
          'Bound to loopback only. Set AUTH_JWT_SECRET or AUTH_JWKS_URL for real deployments. ***',
      );
    }
    logger.info(`Persona Graph is ready at ${url}/graphql`);
    const { llm } = app.services;
    if (llm.name === 'offline') {
      logger.warn(
        '*** OFFLINE MODEL: no OPENAI_API_KEY set; using rule-based extraction, hashed embeddings and extractive ' +
          'answers (offline-nlp / offline-hash-embeddings). Set OPENAI_API_KEY for real model quality. ***',
      );
    } else {
      logger.info(
        `model provider: ${llm.name}, chat ${llm.chatModel}, embeddings ${llm.embeddingModel} (${llm.embeddingDimensions} dims)`,
      );
    }
    let closing: Promise<void> | undefined;
    return {
      app,
      url,
      localNeo4j,
      shutdown() {
        closing ??= (async () => {
          await app.stop();
          await driver.close();
          await localNeo4j?.stop();
        })();
        return closing;
      },
    };
  } catch (error) {
    await driver.close();
    await localNeo4j?.stop();
    throw error;
  }
}
