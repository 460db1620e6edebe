// The export format: versioned JSON Lines, one record per line. Property values keep their Neo4j types through JSON:
// integers as {"$int": "…"} (JSON numbers are floats to Neo4j), datetimes as {"$datetime": "…"}.
import neo4j from 'neo4j-driver';
import { BadUserInputError } from '../../errors/index.ts';

export const EXPORT_FORMAT = 'persona-graph-export';
export const EXPORT_VERSION = 1;

export type Properties = Record<string, unknown>;

export interface ExportCounts {
  entities: number;
  episodes: number;
  facts: number;
}

export type ExportRecord =
  | {
      type: 'header';
      format: string;
      version: number;
      userId: string;
      exportedAt: string;
      counts: ExportCounts;
    }
  | { type: 'user'; properties: Properties }
  | { type: 'entity'; id: string; properties: Properties }
  | { type: 'episode'; id: string; properties: Properties; mentions: string[] }
  | {
      type: 'fact';
      id: string;
      properties: Properties;
      subjectId: string | null;
      objectId: string | null;
      sourceIds: string[];
      invalidatedById: string | null;
    }
  | { type: 'end'; counts: ExportCounts };

/**
 * Encodes one property value whose Neo4j type (from valueType()) is `type`. Datetimes arrive as epoch milliseconds
 * (the export query converts them) and are written as ISO 8601, in UTC.
 */
export function encodeValue(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type.startsWith('INTEGER')) return { $int: String(value) };
  if (type.startsWith('LIST<INTEGER')) return { $ints: (value as unknown[]).map(String) };
  if (type.startsWith('ZONED DATETIME')) return { $datetime: new Date(Number(value)).toISOString() };
  return value;
}

/** The driver value for an encoded one (the inverse of encodeValue). */
export function decodeValue(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $int?: string; $ints?: string[]; $datetime?: string };
    if (tagged.$int !== undefined) return neo4j.int(tagged.$int);
    if (tagged.$ints !== undefined) return tagged.$ints.map((n) => neo4j.int(n));
    if (tagged.$datetime !== undefined)
      return neo4j.types.DateTime.fromStandardDate(new Date(tagged.$datetime));
  }
  return value;
}

export function decodeProperties(properties: Properties): Properties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}

const RECORD_TYPES = new Set(['header', 'user', 'entity', 'episode', 'fact', 'end']);

/** Export records from JSON Lines (blank lines skipped); a line that is not one is refused with its number. */
export async function* parseExportLines(lines: AsyncIterable<string>): AsyncGenerator<ExportRecord> {
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new BadUserInputError(`line ${number} is not JSON`, { line: number });
    }
    const shape = record as { type?: unknown; id?: unknown; properties?: unknown };
    const needsNode = shape.type === 'entity' || shape.type === 'episode' || shape.type === 'fact';
    if (
      typeof shape.type !== 'string' ||
      !RECORD_TYPES.has(shape.type) ||
      (needsNode &&
        (typeof shape.id !== 'string' || typeof shape.properties !== 'object' || !shape.properties))
    )
      throw new BadUserInputError(`line ${number} is not an export record`, { line: number });
    yield record as ExportRecord;
  }
}

/** Records as JSON Lines. */
export async function* toJsonLines(records: AsyncIterable<ExportRecord>): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}
