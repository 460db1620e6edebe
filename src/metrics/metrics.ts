// Prometheus metrics of one server process (prom-client): requests, memory operations, the ingest queue, live updates
// and model usage with an estimated cost. No metric carries a user id, so /metrics reveals no one's memory.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BusObserver, SubscriptionObserver } from '../events/index.ts';
import type { LlmUsage } from '../llm/index.ts';

/** Prices in US dollars per million tokens, by model name; what a model not listed costs is not estimated. */
export type PriceTable = Record<string, { prompt: number; completion?: number }>;

/** Public list prices (USD per 1M tokens) of common OpenAI models; LLM_PRICES adds or overrides entries. */
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o-mini': { prompt: 0.15, completion: 0.6 },
  'gpt-4o': { prompt: 2.5, completion: 10 },
  'gpt-4.1-mini': { prompt: 0.4, completion: 1.6 },
  'gpt-4.1-nano': { prompt: 0.1, completion: 0.4 },
  'gpt-4.1': { prompt: 2, completion: 8 },
  'text-embedding-3-small': { prompt: 0.02 },
  'text-embedding-3-large': { prompt: 0.13 },
};

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  readonly requestSeconds = new Histogram({
    name: 'persona_graph_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP, by operation type and root field',
    labelNames: ['type', 'field', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly resolverSeconds = new Histogram({
    name: 'persona_graph_graphql_resolver_duration_seconds',
    help: 'Root field resolvers (memory operations, generated CRUD), by field',
    labelNames: ['field'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly ingestedEpisodes = new Counter({
    name: 'persona_graph_ingest_episodes_total',
    help: 'Episodes sent to ingest, by mode (SYNC, ASYNC) and status (DONE, QUEUED, DUPLICATE)',
    labelNames: ['mode', 'status'] as const,
    registers: [this.registry],
  });
  readonly ingestSeconds = new Histogram({
    name: 'persona_graph_ingest_duration_seconds',
    help: 'ingest and ingestBatch calls, by mode',
    labelNames: ['mode'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly recallSeconds = new Histogram({
    name: 'persona_graph_recall_duration_seconds',
    help: 'recall calls (also those made by ragQuery)',
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly subscriptionsOpen = new Gauge({
    name: 'persona_graph_subscriptions_open',
    help: 'graphUpdates subscriptions open on this instance',
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'persona_graph_events_published_total',
    help: 'Graph updates this instance published',
    registers: [this.registry],
  });
  readonly eventsDropped = new Counter({
    name: 'persona_graph_events_dropped_total',
    help: 'Graph updates not delivered: coalesced into UPDATES_MISSED, or not published (Redis down)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly llmCalls = new Counter({
    name: 'persona_graph_llm_calls_total',
    help: 'Model calls, by provider, model and kind (chat, embedding)',
    labelNames: ['provider', 'model', 'kind'] as const,
    registers: [this.registry],
  });
  readonly llmTokens = new Counter({
    name: 'persona_graph_llm_tokens_total',
    help: 'Model tokens, by provider, model and type (prompt, completion)',
    labelNames: ['provider', 'model', 'type'] as const,
    registers: [this.registry],
  });
  readonly llmCost = new Counter({
    name: 'persona_graph_llm_cost_usd_total',
    help: 'Estimated model cost in US dollars from the price table (LLM_PRICES), by provider and model',
    labelNames: ['provider', 'model'] as const,
    registers: [this.registry],
  });

  constructor(
    private readonly prices: PriceTable = DEFAULT_PRICES,
    queueDepth?: () => Promise<number>,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'persona_graph_' });
    if (queueDepth)
      new Gauge({
        name: 'persona_graph_ingest_queue_pending',
        help: 'Episodes waiting for extraction (status PENDING), in the whole database',
        registers: [this.registry],
        async collect() {
          this.set(await queueDepth().catch(() => Number.NaN));
        },
      });
  }

  /** For the event bus: updates published, and those Redis could not take. */
  readonly bus: BusObserver = {
    published: (count) => this.eventsPublished.inc(count),
    unpublished: (count) => this.eventsDropped.inc({ reason: 'unpublished' }, count),
  };

  /** For each graphUpdates subscription: open subscriptions, and updates left out by coalescing. */
  readonly subscriptions: SubscriptionObserver = {
    opened: () => this.subscriptionsOpen.inc(),
    closed: () => this.subscriptionsOpen.dec(),
    coalesced: (dropped) => this.eventsDropped.inc({ reason: 'coalesced' }, dropped),
  };

  /** Counts one model call's usage; `kind` says which side of the provider made it. */
  recordUsage(kind: 'chat' | 'embedding', provider: string, model: string, usage: LlmUsage): void {
    if (usage.calls === 0) return;
    this.llmCalls.inc({ provider, model, kind }, usage.calls);
    this.llmTokens.inc({ provider, model, type: 'prompt' }, usage.promptTokens);
    this.llmTokens.inc({ provider, model, type: 'completion' }, usage.completionTokens);
    const price = this.prices[model];
    if (price)
      this.llmCost.inc(
        { provider, model },
        (usage.promptTokens * price.prompt + usage.completionTokens * (price.completion ?? 0)) / 1_000_000,
      );
  }
}
