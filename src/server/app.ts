// The HTTP server: Express with Apollo Server on /graphql, graphql-ws on the same path, health routes, shutdown.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { authenticate, authenticateHttp } from '../auth/index.ts';
import type { Config } from '../config/index.ts';
import { createErrorFormatter } from '../errors/index.ts';
import { type EventBus, InProcessEventBus, RedisEventBus } from '../events/index.ts';
import type { AppServices, GraphQLContext } from '../graphql/context.ts';
import { buildSchema } from '../graphql/schema.ts';
import { createLlmProvider, type LlmProvider } from '../llm/index.ts';
import { mcpRoute } from '../mcp/index.ts';
import { UseRecorder } from '../memory/activation/use-recorder.ts';
import { forgetPolicyFromConfig, startForgettingSchedule } from '../memory/forgetting-pass/index.ts';
import { startIngestWorker } from '../memory/ingest-worker/index.ts';
import { VectorCache } from '../memory/vector-cache.ts';
import {
  DEFAULT_PRICES,
  instrumentRootResolvers,
  MeteredProvider,
  Metrics,
  metricsRoute,
  pendingEpisodes,
  requestMetricsPlugin,
} from '../metrics/index.ts';
import { vectorSpaceWatch } from '../neo4j/vector-space.ts';
import { webRoutes } from '../web/index.ts';
import { exportRoutes } from './export-routes.ts';
import { healthRoutes } from './health.ts';
import { bodyErrors, type QueryLimits, queryLimits } from './limits.ts';
import { Readiness } from './readiness.ts';
import { REQUEST_ID_HEADER, requestId, requestLoggingPlugin } from './request-logging.ts';
import { wsGuard } from './ws-guard.ts';

export interface App {
  services: AppServices;
  httpServer: Server;
  readiness: Readiness;
  /** Listens and resolves with the bound URL (port 0 picks a free port). */
  listen(port: number, host: string): Promise<string>;
  /** Drains HTTP, closes WebSockets with 1001 Going Away, stops Apollo. Does not close the driver. */
  stop(): Promise<void>;
}

export interface CreateAppOptions {
  config: Config;
  driver: Driver;
  logger: Logger;
  now?: () => Date;
  /** Overrides for tests; by default built from config. */
  llm?: LlmProvider;
  events?: EventBus;
}

function contextFor(
  services: AppServices,
  viewer: GraphQLContext['viewer'],
  requestId = randomUUID(),
): GraphQLContext {
  return {
    services,
    viewer,
    requestId,
    logger: services.logger.child({ requestId }),
    // @neo4j/graphql treats any jwt object as authenticated; anonymous callers must reach it with none.
    jwt: viewer.mode === 'anonymous' ? undefined : viewer.claims,
    requestCache: new Map(),
  };
}

/** Builds the services, the schema and the HTTP/WebSocket server, and starts the background work; not listening yet. */
export async function createApp(options: CreateAppOptions): Promise<App> {
  const { config, driver, logger } = options;
  const services = buildServices(options);
  const readiness = new Readiness(driver, {
    database: config.NEO4J_DATABASE,
    embeddingDimensions: config.EMBEDDING_DIMENSIONS,
    logger,
  });
  const schema = await buildApiSchema(services);
  const background = startBackgroundWork(services);
  const development = config.NODE_ENV === 'development';
  const limits = queryLimits(config);

  const app = express();
  const httpServer = createServer(app);
  const wsCleanup = serveWebSockets(httpServer, services, schema, limits, development);
  const apollo = createApollo(services, schema, limits, development, httpServer, wsCleanup);
  await apollo.start();
  mountRoutes(app, services, readiness, apollo, development);

  // Apply the graph schema in the background: the server answers /healthz at once and /readyz when done.
  readiness.ensureSchema().catch((err) => logger.warn({ err: err.message }, 'graph schema setup deferred'));

  return {
    services,
    httpServer,
    readiness,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    async stop() {
      await apollo.stop();
      await background.stop();
      await services.uses.close();
      await services.vectorCache.close();
      await services.events.close();
    },
  };
}

/** The long-lived services every request shares: metrics, the (metered) model, the event bus, the use recorder. */
function buildServices(options: CreateAppOptions): AppServices {
  const { config, driver, logger } = options;
  const now = options.now ?? (() => new Date());
  const metrics = config.METRICS_ENABLED
    ? new Metrics({ ...DEFAULT_PRICES, ...config.LLM_PRICES }, () =>
        pendingEpisodes(driver, config.NEO4J_DATABASE),
      )
    : undefined;
  const provider = options.llm ?? createLlmProvider(config);
  const llm = metrics ? new MeteredProvider(provider, metrics) : provider;
  return {
    config,
    driver,
    database: config.NEO4J_DATABASE,
    logger,
    now,
    llm,
    // With REDIS_URL every instance delivers every update, numbered by Redis; otherwise this process only.
    events:
      options.events ??
      (config.REDIS_URL
        ? new RedisEventBus(config.REDIS_URL, logger, now, metrics?.bus)
        : new InProcessEventBus(now, metrics?.bus)),
    uses: new UseRecorder({ driver, database: config.NEO4J_DATABASE, logger }),
    vectorsUsable: vectorSpaceWatch(driver, { database: config.NEO4J_DATABASE }),
    vectorCache: new VectorCache(
      { driver, database: config.NEO4J_DATABASE },
      { maxBytes: config.RECALL_VECTOR_CACHE_MB * 1024 * 1024, logger },
    ),
    metrics,
  };
}

/** The GraphQL schema (generated CRUD and the memory modules), with root resolvers timed when metrics are on. */
async function buildApiSchema(services: AppServices): Promise<GraphQLSchema> {
  const built = await buildSchema({ driver: services.driver, config: services.config });
  return services.metrics ? instrumentRootResolvers(built, services.metrics) : built;
}

/** The forgetting schedule and the ingest worker; stop() waits for both. */
function startBackgroundWork(services: AppServices): { stop(): Promise<void> } {
  const { config, logger } = services;
  const forgetting = startForgettingSchedule(services, {
    intervalMs: config.FORGET_INTERVAL_MS,
    policy: forgetPolicyFromConfig(config),
  });
  // Queued (asynchronous) episodes are extracted here; several instances share the queue through Neo4j.
  const ingestWorker =
    config.INGEST_WORKERS > 0
      ? startIngestWorker(services, {
          concurrency: config.INGEST_WORKERS,
          pollMs: config.INGEST_POLL_MS,
          retryBaseMs: config.INGEST_RETRY_BASE_MS,
          retryMaxMs: config.INGEST_RETRY_MAX_MS,
          maxBadOutputs: config.INGEST_MAX_BAD_OUTPUTS,
          leaseMs: config.INGEST_LEASE_MS,
          logger,
        })
      : undefined;
  services.ingestQueue = ingestWorker;
  return {
    async stop() {
      await ingestWorker?.stop();
      await forgetting.stop();
    },
  };
}

/** graphql-ws on /graphql of the same HTTP server; returns what disposes of it on shutdown. */
function serveWebSockets(
  httpServer: Server,
  services: AppServices,
  schema: GraphQLSchema,
  limits: QueryLimits,
  development: boolean,
): { dispose(): void | Promise<void> } {
  const { config } = services;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  return useServer(
    {
      schema,
      ...wsGuard({ config, schema, limits, development }),
      context: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        const context = contextFor(services, await authenticate(config, header));
        context.closeConnection = (code, reason) => ctx.extra.socket.close(code, reason);
        return context;
      },
    },
    wsServer,
  );
}

/** Apollo Server over HTTP: limits, logging, metrics, and a drain that also closes the WebSockets. */
function createApollo(
  services: AppServices,
  schema: GraphQLSchema,
  limits: QueryLimits,
  development: boolean,
  httpServer: Server,
  wsCleanup: { dispose(): void | Promise<void> },
): ApolloServer<GraphQLContext> {
  const { logger, metrics } = services;
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter({ development, logger }),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      requestLoggingPlugin(),
      ...(metrics ? [requestMetricsPlugin(metrics)] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      // Apollo's landing pages load from the internet; browsers are sent to the self-hosted /playground instead.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (responses are per user and never cached), and the default cache-control plugin
      // wraps every field resolver to collect them: about a millisecond on a 50-row CRUD read (bench section 3).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

/** Health, metrics, MCP, export, the web pages, then GraphQL over HTTP on /graphql. */
function mountRoutes(
  app: Express,
  services: AppServices,
  readiness: Readiness,
  apollo: ApolloServer<GraphQLContext>,
  development: boolean,
): void {
  const { config, logger, metrics } = services;
  app.use(healthRoutes(readiness));
  if (metrics) app.use(metricsRoute(metrics, config.METRICS_TOKEN));
  app.use(mcpRoute(services));
  app.use(exportRoutes(services));
  app.use(webRoutes({ logger, recheck: development }));
  app.use(
    '/graphql',
    requestId(),
    cors({ exposedHeaders: [REQUEST_ID_HEADER] }),
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        contextFor(services, await authenticateHttp(config, req.headers.authorization), res.locals.requestId),
    }),
    bodyErrors(config),
  );
}
