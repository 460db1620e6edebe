// What the explorer knows of one user's graph, and which part of it is visible for the current filters.

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  summary?: string | null;
  activation?: number | null;
  archived?: boolean | null;
  createdAt?: string | null;
}

export interface FactRecord {
  id: string;
  predicate: string;
  statement: string;
  objectValue?: string | null;
  confidence?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
  invalidatedAt?: string | null;
  archived?: boolean | null;
  createdAt?: string | null;
  subject?: { id: string } | null;
  object?: { id: string } | null;
}

export interface Filters {
  /** Show the graph as it was at this instant; null = now, including invalidated history hidden. */
  asOf: Date | null;
  showArchived: boolean;
}

const time = (value?: string | null) => (value ? Date.parse(value) : Number.NaN);

/** Did this fact hold at the instant (or now, when no instant is given)? */
export function factHolds(fact: FactRecord, asOf: Date | null): boolean {
  if (!asOf) return !fact.validTo && !fact.invalidatedAt;
  const at = asOf.getTime();
  const from = time(fact.validFrom);
  const started = Number.isNaN(from) ? time(fact.createdAt) : from;
  if (!Number.isNaN(started) && started > at) return false;
  // validTo is when it stopped in the world; without it, the time we learned it stopped stands in.
  const ended = Number.isNaN(time(fact.validTo)) ? time(fact.invalidatedAt) : time(fact.validTo);
  return Number.isNaN(ended) || ended > at;
}

export class GraphModel {
  readonly entities = new Map<string, EntityRecord>();
  readonly facts = new Map<string, FactRecord>();

  upsertEntity(entity: EntityRecord): void {
    this.entities.set(entity.id, { ...this.entities.get(entity.id), ...entity });
  }

  upsertFact(fact: FactRecord): void {
    this.facts.set(fact.id, { ...this.facts.get(fact.id), ...fact });
  }

  removeEntity(id: string): void {
    this.entities.delete(id);
    for (const [factId, fact] of this.facts) {
      if (fact.subject?.id === id || fact.object?.id === id) this.facts.delete(factId);
    }
  }

  /** Entities and entity-to-entity facts to draw under the filters. */
  visible(filters: Filters): { entities: EntityRecord[]; links: FactRecord[] } {
    const hidden = (record: { archived?: boolean | null }) =>
      Boolean(record.archived) && !filters.showArchived;
    const ids = new Set<string>();
    const links: FactRecord[] = [];
    for (const fact of this.facts.values()) {
      if (hidden(fact) || !factHolds(fact, filters.asOf)) continue;
      const from = fact.subject?.id ? this.entities.get(fact.subject.id) : undefined;
      const to = fact.object?.id ? this.entities.get(fact.object.id) : undefined;
      if (!from || !to || hidden(from) || hidden(to)) continue;
      links.push(fact);
      // A fact that held then brings its entities with it, even if we only learned of them later.
      ids.add(from.id);
      ids.add(to.id);
    }
    const at = filters.asOf?.getTime();
    for (const entity of this.entities.values()) {
      if (hidden(entity)) continue;
      const created = time(entity.createdAt);
      if (at === undefined || Number.isNaN(created) || created <= at) ids.add(entity.id);
    }
    return { entities: [...ids].map((id) => this.entities.get(id)!), links };
  }
}
