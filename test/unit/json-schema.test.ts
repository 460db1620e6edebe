// The JSON schema sent for OpenAI's strict structured outputs, derived from the zod output schemas (llm/json-schema.ts).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictJsonSchema } from '../../src/llm/json-schema.ts';
import { answerSchema } from '../../src/prompts/answer-question.ts';
import { extractionSchema } from '../../src/prompts/extract-memory.ts';

type Node = { [key: string]: unknown };

/** Every object node of a JSON schema, nested ones included. */
function objectNodes(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const item of node) objectNodes(item, found);
  else if (node && typeof node === 'object') {
    if ((node as Node).type === 'object') found.push(node as Node);
    for (const value of Object.values(node as Node)) objectNodes(value, found);
  }
  return found;
}

/** Every key used anywhere in a JSON schema. */
function keysOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) keysOf(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      found.add(key);
      if (key !== 'properties') keysOf(value, found);
      else for (const property of Object.values(value as Node)) keysOf(property, found);
    }
  }
  return found;
}

describe('strict JSON schema from zod', () => {
  it('requires every property and allows no others, at every depth', () => {
    const schema = strictJsonSchema(
      z.object({
        name: z.string(),
        count: z.number().int().optional(),
        items: z.array(z.object({ ref: z.string(), note: z.string().optional() })),
      }),
    );
    expect(schema).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        count: { type: 'integer' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { ref: { type: 'string' }, note: { type: 'string' } },
            required: ['ref', 'note'],
            additionalProperties: false,
          },
        },
      },
      required: ['name', 'count', 'items'],
      additionalProperties: false,
    });
  });

  it('drops the keywords strict mode rejects, which zod still enforces on validation', () => {
    const source = z.object({
      name: z.string().min(1).max(80),
      code: z.string().regex(/^[A-Z]+$/),
      when: z.iso.datetime(),
      score: z.number().min(0).max(1),
      tags: z.array(z.string()).default([]),
    });
    const schema = strictJsonSchema(source);
    expect(schema.properties).toEqual({
      name: { type: 'string' },
      code: { type: 'string' },
      when: { type: 'string' },
      score: { type: 'number' },
      tags: { type: 'array', items: { type: 'string' } },
    });
    expect(schema).not.toHaveProperty('$schema');
    expect(source.safeParse({ name: '', code: 'ab', when: 'soon', score: 2 }).success).toBe(false);
  });

  it('writes a nullable scalar as a type pair, and keeps anyOf for a nullable object', () => {
    const schema = strictJsonSchema(
      z.object({
        summary: z.string().nullable(),
        size: z.number().nullable(),
        place: z.object({ name: z.string() }).nullable(),
      }),
    );
    const properties = schema.properties as Node;
    expect(properties.summary).toEqual({ type: ['string', 'null'] });
    expect(properties.size).toEqual({ type: ['number', 'null'] });
    expect(properties.place).toEqual({
      anyOf: [
        {
          type: 'object',
          properties: { name: { type: 'string' } },
          required: ['name'],
          additionalProperties: false,
        },
        { type: 'null' },
      ],
    });
  });

  it('keeps enums', () => {
    expect(strictJsonSchema(z.object({ kind: z.enum(['person', 'place']) })).properties).toEqual({
      kind: { type: 'string', enum: ['person', 'place'] },
    });
  });
});

describe('the schemas sent to the model', () => {
  for (const [name, source] of [
    ['extraction', extractionSchema],
    ['answer', answerSchema],
  ] as const) {
    it(`${name}: every object is closed and requires all its properties; no rejected keyword is left`, () => {
      const schema = strictJsonSchema(source);
      const objects = objectNodes(schema);
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) {
        expect(object.additionalProperties).toBe(false);
        expect(object.required).toEqual(Object.keys(object.properties as Node));
      }
      const keys = keysOf(schema);
      for (const rejected of [
        '$schema',
        'default',
        'minLength',
        'maxLength',
        'minimum',
        'maximum',
        'pattern',
        'format',
      ])
        expect(keys).not.toContain(rejected);
    });
  }
});
