// One user's graph as the explorer holds it: paged loading, live updates from graphUpdates, and hand edits.
import type { GraphQLClient } from '../shared/graphql-client.ts';
import type { EntityDetails } from './details-panel.ts';
import { type EntityRecord, type FactRecord, GraphModel } from './graph-model.ts';
import {
  ENTITIES_PAGE,
  ENTITY_BY_ID,
  ENTITY_DETAILS,
  FACT_BY_ID,
  FACTS_PAGE,
  FORGET_ENTITY,
  GRAPH_UPDATES,
  MERGE_ENTITIES,
  RENAME_ENTITY,
} from './queries.ts';

const PAGE_SIZE = 500;

export interface GraphUpdateEvent {
  kind: string;
  nodeId: string;
  mergedFromId?: string | null;
  sequence: number;
}

export interface SessionListener {
  /** The model changed: redraw (called often; the page batches). */
  changed(): void;
  progress(text: string): void;
  live(text: string, state: 'on' | 'off' | ''): void;
  /** A live update touched this node (the page refreshes its details if shown). */
  touched(id: string): void;
}

export class ExplorerSession {
  readonly model = new GraphModel();
  loading = false;
  updatesApplied = 0;
  private generation = 0;
  private lastSequence = 0;
  private unsubscribe?: () => void;

  constructor(
    private readonly client: GraphQLClient,
    readonly userId: string,
    private readonly listener: SessionListener,
  ) {}

  /** Loads the whole graph in pages, reporting after each one so the page draws progressively. */
  async load(): Promise<void> {
    const mine = ++this.generation;
    this.loading = true;
    const { model } = this;
    try {
      for (const [query, field, upsert] of [
        [ENTITIES_PAGE, 'entities', (r: EntityRecord) => model.upsertEntity(r)],
        [FACTS_PAGE, 'facts', (r: FactRecord) => model.upsertFact(r)],
      ] as const) {
        for (let offset = 0; ; offset += PAGE_SIZE) {
          const data = await this.client.request<Record<string, Array<EntityRecord & FactRecord>>>(query, {
            userId: this.userId,
            limit: PAGE_SIZE,
            offset,
          });
          if (mine !== this.generation) return;
          const page = data[field] ?? [];
          for (const record of page) upsert(record);
          this.listener.progress(`loading… ${model.entities.size} entities, ${model.facts.size} facts`);
          this.listener.changed();
          if (page.length < PAGE_SIZE) break;
          // Yield a frame between pages so the layout and input keep running.
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }
    } finally {
      if (mine === this.generation) this.loading = false;
    }
    this.listener.changed();
  }

  /** Follows graphUpdates; after a reconnect the graph is re-read, since events sent meanwhile are lost. */
  follow(): void {
    this.unsubscribe?.();
    this.listener.live('connecting…', '');
    let connections = 0;
    let following = false;
    this.client.onSocketStatus = (status) => {
      if (status === 'closed') {
        // A socket closed after the subscription was refused keeps saying why.
        if (following) this.listener.live('reconnecting…', 'off');
        return;
      }
      connections += 1;
      following = true;
      this.listener.live('live', 'on');
      if (connections > 1) this.reload();
    };
    this.unsubscribe = this.client.subscribe<{ graphUpdates: GraphUpdateEvent }>(
      GRAPH_UPDATES,
      { userId: this.userId },
      {
        next: (data) => {
          this.listener.live('live', 'on');
          void this.apply(data.graphUpdates).catch((error) =>
            this.listener.progress(`update failed: ${error.message}`),
          );
        },
        error: (message) => {
          following = false;
          this.listener.live(`not live: ${message}`, 'off');
        },
      },
    );
  }

  private reload(): void {
    void this.load().catch((error) => this.listener.progress(`could not reload: ${error.message}`));
  }

  /** Applies one live change; a gap in sequence numbers means missed events, so everything is re-read. */
  async apply(update: GraphUpdateEvent): Promise<void> {
    const { model } = this;
    // The server lost updates (its Redis connection dropped): re-read, and take the numbers after it as they come.
    if (update.kind === 'UPDATES_MISSED') {
      this.lastSequence = 0;
      await this.load();
      return;
    }
    const gap = this.lastSequence > 0 && update.sequence > this.lastSequence + 1;
    this.lastSequence = Math.max(this.lastSequence, update.sequence);
    if (gap) {
      await this.load();
      return;
    }
    const { kind, nodeId } = update;
    if (kind === 'USER_ERASED') {
      model.entities.clear();
      model.facts.clear();
    } else if (kind === 'ENTITY_DELETED') model.removeEntity(nodeId);
    else if (kind === 'FACT_DELETED') model.facts.delete(nodeId);
    else if (kind === 'ENTITY_MERGED') {
      if (update.mergedFromId) model.removeEntity(update.mergedFromId);
      // A merge moves facts onto the kept entity; re-read rather than guess which moved.
      await this.load();
    } else if (kind.startsWith('ENTITY_')) await this.fetchEntity(nodeId);
    else if (kind.startsWith('FACT_')) await this.fetchFact(nodeId);
    else if (kind === 'MEMORY_ARCHIVED' || kind === 'MEMORY_FORGOTTEN') {
      if (model.entities.has(nodeId)) await this.fetchEntity(nodeId);
      else await this.fetchFact(nodeId);
    }
    this.updatesApplied += 1;
    this.listener.changed();
    this.listener.touched(nodeId);
  }

  private async fetchEntity(id: string): Promise<void> {
    const data = await this.client.request<{ entities: EntityRecord[] }>(ENTITY_BY_ID, {
      userId: this.userId,
      id,
    });
    const entity = data.entities[0];
    if (entity) this.model.upsertEntity(entity);
    else this.model.removeEntity(id);
  }

  private async fetchFact(id: string): Promise<void> {
    const data = await this.client.request<{ facts: FactRecord[] }>(FACT_BY_ID, { userId: this.userId, id });
    const fact = data.facts[0];
    if (!fact) {
      this.model.facts.delete(id);
      return;
    }
    this.model.upsertFact(fact);
    // A fact can arrive before its entities' own events; read any end we have not seen.
    for (const end of [fact.subject?.id, fact.object?.id]) {
      if (end && !this.model.entities.has(end)) await this.fetchEntity(end);
    }
  }

  async details(id: string): Promise<EntityDetails | undefined> {
    const data = await this.client.request<{ entities: EntityDetails[] }>(ENTITY_DETAILS, {
      userId: this.userId,
      id,
    });
    return data.entities[0];
  }

  /** Renames through the generated updateEntities mutation. */
  async rename(id: string, name: string): Promise<void> {
    if (!name) throw new Error('a name is required');
    const result = await this.client.request<{ updateEntities: { entities: EntityRecord[] } }>(
      RENAME_ENTITY,
      {
        userId: this.userId,
        id,
        name,
      },
    );
    for (const entity of result.updateEntities.entities) this.model.upsertEntity(entity);
    this.listener.changed();
  }

  /** Merges the entity named (or with the id) `duplicate` into `keepId`. */
  async merge(keepId: string, duplicate: string): Promise<void> {
    const merged = [...this.model.entities.values()].find(
      (entity) => entity.id !== keepId && (entity.id === duplicate || entity.name === duplicate),
    );
    if (!merged) throw new Error(`no other entity named "${duplicate}"`);
    await this.client.request(MERGE_ENTITIES, { userId: this.userId, keepId, mergeId: merged.id });
    this.model.removeEntity(merged.id);
    await this.load();
  }

  async forget(id: string): Promise<void> {
    await this.client.request(FORGET_ENTITY, { userId: this.userId, entityId: id });
    this.model.removeEntity(id);
    this.listener.changed();
  }

  close(): void {
    this.generation += 1;
    this.unsubscribe?.();
    this.client.close();
  }
}
