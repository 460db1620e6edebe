// What every resolver receives: the request's viewer and the application's services.
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/index.ts';
import type { Config } from '../config/index.ts';
import type { EventBus } from '../events/index.ts';
import type { LlmProvider } from '../llm/index.ts';
import type { UseRecorder } from '../memory/activation/use-recorder.ts';
import type { VectorCache } from '../memory/vector-cache.ts';
import type { Metrics } from '../metrics/index.ts';

/** Long-lived services shared by all requests (built once in server/app.ts). */
export interface AppServices {
  config: Config;
  driver: Driver;
  database?: string;
  logger: Logger;
  /** Clock used by memory code, so tests can move time. */
  now: () => Date;
  llm: LlmProvider;
  events: EventBus;
  /** Write-behind of the uses recall records (flushed on shutdown). */
  uses: UseRecorder;
  /** False while `persona-graph reembed` converts the stored vectors (recall then goes by keywords). */
  vectorsUsable: () => Promise<boolean>;
  /** Recently active users' vectors, searched in process by recall and entity resolution (src/memory/vector-cache.ts). */
  vectorCache: VectorCache;
  /** Prometheus metrics of this process (absent when METRICS_ENABLED is false). */
  metrics?: Metrics;
  /** This instance's ingest worker, woken when episodes are queued (absent when INGEST_WORKERS is 0). */
  ingestQueue?: { wake(): void };
}

export interface GraphQLContext {
  services: AppServices;
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** Read by @neo4j/graphql for @authentication/@authorization; unset for anonymous callers. */
  jwt?: Record<string, unknown>;
  /** Per-request DataLoaders and other request-scoped caches, created lazily by features. */
  requestCache: Map<string, unknown>;
  /** Over graphql-ws only: closes this client's socket (e.g. when its subscription buffer overflows). */
  closeConnection?: (code: number, reason: string) => void;
}

/** Gets or creates a request-scoped value (e.g. a DataLoader) under a key. */
export function perRequest<T>(context: GraphQLContext, key: string, create: () => T): T {
  let value = context.requestCache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    context.requestCache.set(key, value);
  }
  return value;
}
