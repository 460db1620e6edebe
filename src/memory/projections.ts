// How entities, facts and episodes leave Cypher for the API and graph update events: API fields only, dates as ISO
// strings (JSON-safe for Redis).

/** Cypher map projection of an Entity node as the API shows it. */
export function entityProjection(alias: string): string {
  return `${alias} {.id, .userId, .name, .type, .aliases, .summary, .activation, .accessCount, .pinned, .archived,
    createdAt: toString(${alias}.createdAt), updatedAt: toString(${alias}.updatedAt),
    lastAccessedAt: toString(${alias}.lastAccessedAt), archivedAt: toString(${alias}.archivedAt)}`;
}

/** Cypher map projection of a Fact node as the API shows it. */
export function factProjection(alias: string): string {
  return `${alias} {.id, .userId, .predicate, .objectValue, .statement, .confidence, .activation, .accessCount, .pinned,
    .archived, validFrom: toString(${alias}.validFrom), validTo: toString(${alias}.validTo),
    invalidatedAt: toString(${alias}.invalidatedAt), createdAt: toString(${alias}.createdAt),
    updatedAt: toString(${alias}.updatedAt), lastAccessedAt: toString(${alias}.lastAccessedAt),
    archivedAt: toString(${alias}.archivedAt)}`;
}

/** Cypher map projection of an Episode node as the API shows it. */
export const episodeProjection = (alias: string) =>
  `${alias} {.id, .userId, .content, .source, .sourceRef, .contentHash, .speaker, .conversationId, .turn,
    status: coalesce(${alias}.status, 'PROCESSED'), attempts: coalesce(${alias}.attempts, 0), .processingError,
    occurredAt: toString(${alias}.occurredAt), ingestedAt: toString(${alias}.ingestedAt),
    processedAt: toString(${alias}.processedAt)}`;
