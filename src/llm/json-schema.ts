// Turns a zod schema into the JSON schema OpenAI's strict structured outputs accept.
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

// Keywords strict mode rejects or that only add tokens; zod still enforces them when we validate.
const DROPPED = new Set([
  '$schema',
  'default',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'format',
]);

function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (!DROPPED.has(key)) out[key] = strictify(value);
  }
  // Strict mode: every property required, no extra properties. It has no optional properties, so a field the model
  // may leave out must be nullable in the zod schema; an optional one comes out required.
  if (out.type === 'object' && out.properties && typeof out.properties === 'object') {
    out.required = Object.keys(out.properties as JsonSchema);
    out.additionalProperties = false;
  }
  // anyOf [X, null] → type [X, "null"], the form OpenAI documents for nullable fields.
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nonNull = anyOf.find((s) => s.type !== 'null');
    const hasNull = anyOf.some((s) => s.type === 'null');
    if (hasNull && nonNull && typeof nonNull.type === 'string' && Object.keys(nonNull).length === 1) {
      delete out.anyOf;
      out.type = [nonNull.type, 'null'];
    }
  }
  return out;
}

/** JSON schema for `response_format: json_schema` with strict: true, derived from the zod output schema. */
export function strictJsonSchema(schema: z.ZodType): JsonSchema {
  return strictify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as JsonSchema;
}
