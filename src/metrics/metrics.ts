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

const PREFIX = 'persona_graph_';

export class Metrics {
  readonly registry = new Registry();
  readonly requestSeconds = this.histogram(
    'graphql_request_duration_seconds',
    'GraphQL requests over HTTP, by operation type and root field',
    ['type', 'field', 'outcome'],
  );
  readonly resolverSeconds = this.histogram(
    'graphql_resolver_duration_seconds',
    'Root field resolvers (memory operations, generated CRUD), by field',
    ['field'],
  );
  readonly ingestedEpisodes = this.counter(
    'ingest_episodes_total',
    'Episodes sent to ingest, by mode (SYNC, ASYNC) and status (DONE, QUEUED, DUPLICATE)',
    ['mode', 'status'],
  );
  readonly ingestSeconds = this.histogram(
    'ingest_duration_seconds',
    'ingest and ingestBatch calls, by mode',
    ['mode'],
  );
  readonly recallSeconds = this.histogram(
    'recall_duration_seconds',
    'recall calls (also those made by ragQuery)',
  );
  readonly subscriptionsOpen = new Gauge({
    name: `${PREFIX}subscriptions_open`,
    help: 'graphUpdates subscriptions open on this instance',
    registers: [this.registry],
  });
  readonly eventsPublished = this.counter('events_published_total', 'Graph updates this instance published');
  readonly eventsDropped = this.counter(
    'events_dropped_total',
    'Graph updates not delivered: coalesced into UPDATES_MISSED, or not published (Redis down)',
    ['reason'],
  );
  readonly llmCalls = this.counter(
    'llm_calls_total',
    'Model calls, by provider, model and kind (chat, embedding)',
    ['provider', 'model', 'kind'],
  );
  readonly llmTokens = this.counter(
    'llm_tokens_total',
    'Model tokens, by provider, model and type (prompt, completion)',
    ['provider', 'model', 'type'],
  );
  readonly llmCost = this.counter(
    'llm_cost_usd_total',
    'Estimated model cost in US dollars from the price table (LLM_PRICES), by provider and model',
    ['provider', 'model'],
  );

  constructor(
    private readonly prices: PriceTable = DEFAULT_PRICES,
    queueDepth?: () => Promise<number>,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    if (queueDepth)
      new Gauge({
        name: `${PREFIX}ingest_queue_pending`,
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

  private histogram<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
  ): Histogram<L> {
    return new Histogram({
      name: PREFIX + name,
      help,
      labelNames,
      buckets: SECONDS,
      registers: [this.registry],
    });
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new Counter({ name: PREFIX + name, help, labelNames, registers: [this.registry] });
  }
}
