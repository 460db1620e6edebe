// The vector space a database holds: one (:VectorSpace) marker names the embedding model and dimension of every
// stored vector, so vectors of two models are never compared. Startup checks it; `persona-graph reembed` changes it.
import type { Driver } from 'neo4j-driver';
import { IndexNames } from './schema-setup.ts';

export interface VectorSpace {
  model: string;
  dimensions: number;
}

/** What the marker holds: the space of the stored vectors and, during a re-embedding, the space it converts to. */
export interface VectorSpaceMarker extends VectorSpace {
  pending: VectorSpace | null;
}

const MARKER_KEY = 'default';
export const VECTOR_INDEX_NAMES = [IndexNames.episodeVector, IndexNames.entityVector, IndexNames.factVector];

const MARKER_CONSTRAINT =
  'CREATE CONSTRAINT vector_space_key IF NOT EXISTS FOR (m:VectorSpace) REQUIRE m.key IS UNIQUE';

const READ_MARKER = `
MATCH (m:VectorSpace {key: $key})
RETURN m.model AS model, m.dimensions AS dimensions,
       m.pendingModel AS pendingModel, m.pendingDimensions AS pendingDimensions`;

// ON CREATE only: when several processes start on a fresh database, the first one's answer stands.
const CREATE_MARKER = `
MERGE (m:VectorSpace {key: $key})
ON CREATE SET m.model = $model, m.dimensions = toInteger($dimensions), m.createdAt = datetime()
RETURN m.model AS model, m.dimensions AS dimensions`;

const SET_PENDING = `
MERGE (m:VectorSpace {key: $key})
ON CREATE SET m.model = $unknownModel, m.dimensions = 0
SET m.pendingModel = $model, m.pendingDimensions = toInteger($dimensions), m.updatedAt = datetime()`;

const FINISH_PENDING = `
MATCH (m:VectorSpace {key: $key})
SET m.model = $model, m.dimensions = toInteger($dimensions), m.updatedAt = datetime()
REMOVE m.pendingModel, m.pendingDimensions`;

const VECTOR_INDEX_DIMENSIONS = `
SHOW VECTOR INDEXES YIELD name, options WHERE name IN $names
RETURN name, options.indexConfig['vector.dimensions'] AS dimensions`;

const ANY_VECTOR =
  'MATCH (n:Episode|Entity|Fact) WHERE n.embedding IS NOT NULL RETURN n.embedding AS v LIMIT 1';

/** Shown for vectors stored before the marker existed, whose model nobody recorded. */
export const UNRECORDED_MODEL = 'an unrecorded model';

export class VectorSpaceMismatchError extends Error {
  constructor(
    readonly held: VectorSpace,
    readonly wanted: VectorSpace,
    reason = '',
  ) {
    super(
      `${reason}This database holds vectors made by ${held.model} (${held.dimensions} dimensions), but the ` +
        `configured embedding model is ${wanted.model} (${wanted.dimensions} dimensions); vectors of different ` +
        'models cannot be compared. Run `npx persona-graph reembed` to re-embed every episode, entity and fact ' +
        `with ${wanted.model}, or configure EMBEDDING_PROVIDER to keep using ${held.model}.`,
    );
    this.name = 'VectorSpaceMismatchError';
  }
}

const same = (a: VectorSpace, b: VectorSpace) => a.model === b.model && a.dimensions === b.dimensions;

/** The marker, or null on a database that has none yet. */
export async function readVectorSpace(driver: Driver, database?: string): Promise<VectorSpaceMarker | null> {
  const { records } = await driver.executeQuery(READ_MARKER, { key: MARKER_KEY }, { database });
  const record = records[0];
  if (!record) return null;
  const pendingModel = record.get('pendingModel') as string | null;
  return {
    model: record.get('model') as string,
    dimensions: Number(record.get('dimensions')),
    pending: pendingModel
      ? { model: pendingModel, dimensions: Number(record.get('pendingDimensions')) }
      : null,
  };
}

/** Dimensions of the vector indexes that exist, by index name. */
export async function vectorIndexDimensions(driver: Driver, database?: string): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery(
    VECTOR_INDEX_DIMENSIONS,
    { names: VECTOR_INDEX_NAMES },
    { database },
  );
  return new Map(records.map((r) => [r.get('name') as string, Number(r.get('dimensions'))]));
}

/** Drops the vector indexes (ensureGraphSchema creates them again at the configured dimension). */
export async function dropVectorIndexes(driver: Driver, database?: string): Promise<void> {
  for (const name of VECTOR_INDEX_NAMES)
    await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database });
}

/**
 * Makes sure the database's vectors are in the `wanted` space before the server uses it: records the space on a
 * database without vectors, adopts a database from before the marker when the dimension fits, and otherwise throws
 * VectorSpaceMismatchError naming both models and `persona-graph reembed`.
 */
export async function checkVectorSpace(
  driver: Driver,
  wanted: VectorSpace,
  options: { database?: string; warn?: (message: string) => void } = {},
): Promise<'recorded' | 'adopted' | 'matches'> {
  const { database } = options;
  const marker = await readVectorSpace(driver, database);
  const indexes = await vectorIndexDimensions(driver, database);
  const wrongIndex = [...indexes.values()].find((d) => d !== wanted.dimensions);
  if (marker) {
    if (marker.pending) {
      throw new VectorSpaceMismatchError(
        marker,
        wanted,
        `A re-embedding to ${marker.pending.model} (${marker.pending.dimensions} dimensions) did not finish: run ` +
          '`npx persona-graph reembed` again to resume it. ',
      );
    }
    if (!same(marker, wanted)) throw new VectorSpaceMismatchError(marker, wanted);
    if (wrongIndex !== undefined) {
      throw new VectorSpaceMismatchError(
        { model: marker.model, dimensions: wrongIndex },
        wanted,
        `The vector indexes are built for ${wrongIndex} dimensions. `,
      );
    }
    return 'matches';
  }

  await driver.executeQuery(MARKER_CONSTRAINT, {}, { database });
  const { records } = await driver.executeQuery(ANY_VECTOR, {}, { database });
  const sample = records[0]?.get('v') as number[] | undefined;
  if (!sample) {
    // Nothing to convert: indexes of another size (an empty database set up for another model) are rebuilt.
    if (wrongIndex !== undefined) await dropVectorIndexes(driver, database);
    const recorded = await recordSpace(driver, wanted, database);
    if (!same(recorded, wanted)) throw new VectorSpaceMismatchError(recorded, wanted);
    return 'recorded';
  }
  const held = { model: UNRECORDED_MODEL, dimensions: wrongIndex ?? sample.length };
  if (held.dimensions !== wanted.dimensions) throw new VectorSpaceMismatchError(held, wanted);
  options.warn?.(
    `This database's vectors were stored before their model was recorded; assuming they are ${wanted.model} ` +
      `(${wanted.dimensions} dimensions). If they came from another model, run \`npx persona-graph reembed\`.`,
  );
  await recordSpace(driver, wanted, database);
  return 'adopted';
}

async function recordSpace(driver: Driver, space: VectorSpace, database?: string): Promise<VectorSpace> {
  const { records } = await driver.executeQuery(
    CREATE_MARKER,
    { key: MARKER_KEY, model: space.model, dimensions: space.dimensions },
    { database },
  );
  return { model: records[0]?.get('model') as string, dimensions: Number(records[0]?.get('dimensions')) };
}

/** Marks a re-embedding into `target` as started (startup refuses the database until it finishes). */
export async function beginVectorSpaceChange(driver: Driver, target: VectorSpace, database?: string) {
  await driver.executeQuery(MARKER_CONSTRAINT, {}, { database });
  await driver.executeQuery(
    SET_PENDING,
    { key: MARKER_KEY, model: target.model, dimensions: target.dimensions, unknownModel: UNRECORDED_MODEL },
    { database },
  );
}

/** Records `target` as the database's space once every vector is in it. */
export async function finishVectorSpaceChange(driver: Driver, target: VectorSpace, database?: string) {
  await driver.executeQuery(
    FINISH_PENDING,
    { key: MARKER_KEY, model: target.model, dimensions: target.dimensions },
    { database },
  );
}

/**
 * Whether no conversion of the stored vectors is under way, checked at most every `ttlMs`: a server that keeps
 * answering while `persona-graph reembed` converts its database must not compare its query vectors with a mix
 * of two models' vectors, so recall falls back to keyword and graph search until the marker says done.
 */
export function vectorSpaceWatch(
  driver: Driver,
  options: { database?: string; ttlMs?: number; now?: () => number } = {},
): () => Promise<boolean> {
  const ttlMs = options.ttlMs ?? 5_000;
  const now = options.now ?? Date.now;
  let checked: { at: number; usable: boolean } | undefined;
  return async () => {
    if (checked && now() - checked.at < ttlMs) return checked.usable;
    try {
      const marker = await readVectorSpace(driver, options.database);
      // Startup already refused another model's vectors; what can change under a running server is a conversion.
      checked = { at: now(), usable: !marker?.pending };
    } catch {
      // The marker could not be read (Neo4j busy or down): the query that follows will say so if it matters.
      checked = { at: now(), usable: checked?.usable ?? true };
    }
    return checked.usable;
  };
}
