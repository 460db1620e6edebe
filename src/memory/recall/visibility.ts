// Which nodes recall may return: not archived, and for facts valid now (or at $asOf); episodes that had happened by then.

/** Cypher predicate on node `n` of the given kind; uses $now and $asOf (ISO strings, $asOf may be null). */
export function visibleCypher(kind: 'FACT' | 'ENTITY' | 'EPISODE', n = 'n'): string {
  if (kind === 'EPISODE') return `($asOf IS NULL OR ${n}.occurredAt <= datetime($asOf))`;
  const notArchived = `NOT coalesce(${n}.archived, false)`;
  if (kind === 'ENTITY') return notArchived;
  return `${notArchived} AND CASE WHEN $asOf IS NULL
    THEN ${n}.invalidatedAt IS NULL AND (${n}.validTo IS NULL OR ${n}.validTo > datetime($now))
    ELSE coalesce(${n}.validFrom, ${n}.createdAt) <= datetime($asOf)
      AND datetime($asOf) < coalesce(${n}.validTo, ${n}.invalidatedAt, datetime('9999-12-31T00:00:00Z')) END`;
}

export const LABELS = { FACT: 'Fact', ENTITY: 'Entity', EPISODE: 'Episode' } as const;
export type MemoryKind = keyof typeof LABELS;
