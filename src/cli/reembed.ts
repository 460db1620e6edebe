// Re-embeds every episode, entity and fact with one embedder, in id order and in batches; each converted node is
// stamped with the model, so a run that stops resumes where it stopped.
import type { Driver } from 'neo4j-driver';
import type { Embedder } from '../llm/index.ts';
import { speakerText } from '../memory/ingest/conversation.ts';
import { nextVectorsVersion } from '../memory/vector-cache.ts';
import { checkedVectors } from '../memory/vectors.ts';
import { ensureGraphSchema } from '../neo4j/index.ts';
import {
  beginVectorSpaceChange,
  dropVectorIndexes,
  finishVectorSpaceChange,
  type VectorSpace,
} from '../neo4j/vector-space.ts';

export type EmbeddedKind = 'Episode' | 'Entity' | 'Fact';
export const EMBEDDED_KINDS: EmbeddedKind[] = ['Episode', 'Entity', 'Fact'];

// A node is done when it carries the target's stamp; `coalesce` because unstamped nodes have neither property.
const NOT_DONE =
  'NOT (coalesce(n.embeddingModel, "") = $model AND coalesce(n.embeddingDimensions, 0) = $dimensions)';

const countRemaining = (kind: EmbeddedKind) =>
  `MATCH (n:${kind}) WHERE ${NOT_DONE} RETURN count(n) AS remaining`;

// Paged by id (each label has a unique id constraint, so the order comes from its index).
const NEXT_BATCH: Record<EmbeddedKind, string> = {
  Episode: `MATCH (n:Episode) WHERE n.id > $after AND ${NOT_DONE}
    RETURN n.id AS id, n.speaker AS speaker, n.content AS content ORDER BY n.id LIMIT toInteger($limit)`,
  Entity: `MATCH (n:Entity) WHERE n.id > $after AND ${NOT_DONE}
    RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases, n.summary AS summary
    ORDER BY n.id LIMIT toInteger($limit)`,
  Fact: `MATCH (n:Fact) WHERE n.id > $after AND ${NOT_DONE}
    RETURN n.id AS id, n.statement AS statement ORDER BY n.id LIMIT toInteger($limit)`,
};

// A zero vector (nothing to embed) leaves no embedding, as ingest does. The nodes of each user take that user's
// next vectors version, as an ingest's do: a server's vector cache then sees them changed (and reloads a user with
// many) instead of holding the old model's vectors.
const writeVectors = (kind: EmbeddedKind) => `
UNWIND $rows AS row
MATCH (n:${kind} {id: row.id})
SET n.embedding = CASE WHEN size(row.vector) > 0 THEN row.vector END,
    n.embeddingModel = $model, n.embeddingDimensions = toInteger($dimensions)
WITH n.userId AS userId, collect(n) AS nodes
MATCH (u:User {id: userId})
SET u.vectorsVersion = ${nextVectorsVersion('coalesce(u.vectorsVersion, 0)')}
FOREACH (n IN nodes | SET n.vseq = u.vectorsVersion)`;

type Row = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The text ingest embeds for a node (src/memory/ingest/plan.ts), so re-embedded vectors equal fresh ones. */
export function embeddedText(kind: EmbeddedKind, row: Row): string {
  switch (kind) {
    case 'Episode':
      return speakerText(text(row.speaker) || null, text(row.content)).slice(0, 8000);
    case 'Entity': {
      const aliases = Array.isArray(row.aliases) ? (row.aliases as string[]) : [];
      const aka = aliases.length ? ` (also ${aliases.join(', ')})` : '';
      const summary = text(row.summary);
      return `${text(row.name)}, ${text(row.type)}${aka}${summary ? `: ${summary}` : ''}`;
    }
    case 'Fact':
      return text(row.statement);
  }
}

export interface ReembedProgress {
  kind: EmbeddedKind;
  done: number;
  total: number;
}

export interface ReembedOptions {
  database?: string;
  batchSize: number;
  /** Called once with the totals, then after every batch. */
  onProgress?: (progress: ReembedProgress & { totalAll: number; doneAll: number }) => void;
}

/** Nodes per kind not yet embedded with `space` (all of them before a run, what is left after an interruption). */
export async function remainingToEmbed(
  driver: Driver,
  space: VectorSpace,
  database?: string,
): Promise<Record<EmbeddedKind, number>> {
  const counts = {} as Record<EmbeddedKind, number>;
  for (const kind of EMBEDDED_KINDS) {
    const { records } = await driver.executeQuery(countRemaining(kind), { ...space }, { database });
    counts[kind] = Number(records[0]?.get('remaining') ?? 0);
  }
  return counts;
}

/**
 * Moves the database into the embedder's vector space: marks the change as started, drops the vector indexes,
 * re-embeds what is not yet converted, recreates the indexes at the new dimension and records the new space.
 */
export async function reembedAll(driver: Driver, embedder: Embedder, options: ReembedOptions) {
  const { database } = options;
  const space: VectorSpace = { model: embedder.model, dimensions: embedder.dimensions };
  await beginVectorSpaceChange(driver, space, database);
  await dropVectorIndexes(driver, database);
  const remaining = await remainingToEmbed(driver, space, database);
  const totalAll = EMBEDDED_KINDS.reduce((sum, kind) => sum + remaining[kind], 0);
  let doneAll = 0;
  let promptTokens = 0;
  for (const kind of EMBEDDED_KINDS) {
    let done = 0;
    let after = '';
    options.onProgress?.({ kind, done, total: remaining[kind], doneAll, totalAll });
    for (;;) {
      const { records } = await driver.executeQuery(
        NEXT_BATCH[kind],
        { ...space, after, limit: options.batchSize },
        { database },
      );
      if (records.length === 0) break;
      const rows = records.map((r) => r.toObject() as Row);
      const embedded = await embedder.embed(rows.map((row) => embeddedText(kind, row)));
      promptTokens += embedded.usage.promptTokens;
      const vectors = checkedVectors(embedded.vectors, rows.length, embedder.dimensions);
      await driver.executeQuery(
        writeVectors(kind),
        { ...space, nowMs: Date.now(), rows: rows.map((row, i) => ({ id: row.id, vector: vectors[i] })) },
        { database },
      );
      after = String(rows[rows.length - 1]?.id);
      done += rows.length;
      doneAll += rows.length;
      options.onProgress?.({ kind, done, total: remaining[kind], doneAll, totalAll });
    }
  }
  await ensureGraphSchema(driver, { database, embeddingDimensions: space.dimensions });
  await finishVectorSpaceChange(driver, space, database);
  return { space, converted: remaining, promptTokens };
}
