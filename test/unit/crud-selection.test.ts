// How a create mutation's selection is read (aliases, fragments, @skip/@include) and rewritten so @neo4j/graphql
// returns the created ids: the rewritten selection is printed and compared, no database involved.
import { buildSchema, execute, type GraphQLResolveInfo, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode, PersonaGraphError } from '../../src/errors/index.ts';
import { CREATED_ID, collectFields, withCreatedIds } from '../../src/graphql/crud-selection.ts';

const schema = buildSchema(/* GraphQL */ `
  type Entity {
    id: ID!
    name: String!
    type: String!
    facts(limit: Int): [Fact!]!
  }
  type Fact {
    id: ID!
    statement: String!
  }
  type CreateInfo {
    nodesCreated: Int!
  }
  type CreateEntitiesMutationResponse {
    entities: [Entity!]!
    info: CreateInfo!
  }
  type Query {
    ok: Boolean
  }
  type Mutation {
    createEntities: CreateEntitiesMutationResponse
  }
`);

/** The resolve info graphql-js hands the createEntities resolver for this document. */
function infoFor(document: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: parse(document),
    variableValues,
    rootValue: {
      createEntities: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return null;
      },
    },
  });
  if ('errors' in result && result.errors?.length) throw result.errors[0];
  if (!captured) throw new Error('createEntities was not resolved');
  return captured;
}

/** The rewritten selection of createEntities, printed on one line. */
function rewritten(document: string, variableValues?: Record<string, unknown>) {
  const patched = withCreatedIds(infoFor(document, variableValues), 'entities');
  const selection = print(patched.info.fieldNodes[0]!.selectionSet!).replace(/\s+/g, ' ');
  return { selection, key: patched.key, copies: patched.copies };
}

describe('withCreatedIds', () => {
  it('adds the id under the hidden alias to a plain selection', () => {
    expect(rewritten('mutation { createEntities { entities { name } } }')).toEqual({
      selection: `{ entities { name ${CREATED_ID}: id } }`,
      key: 'entities',
      copies: [],
    });
  });

  it('asks for the nodes even when the client selected none of them', () => {
    expect(rewritten('mutation { createEntities { info { nodesCreated } } }')).toEqual({
      selection: `{ info { nodesCreated } entities { ${CREATED_ID}: id } }`,
      key: 'entities',
      copies: [],
    });
  });

  it('merges every alias of the node list into the first, and names the others as copies', () => {
    const result = rewritten('mutation { createEntities { a: entities { name } b: entities { id type } } }');
    expect(result).toEqual({
      selection: `{ a: entities { name id type ${CREATED_ID}: id } }`,
      key: 'a',
      copies: ['b'],
    });
  });

  it('brings the node list out of fragments into one direct field, keeping other direct fields', () => {
    const result = rewritten(/* GraphQL */ `
      mutation {
        createEntities {
          __typename
          ...Created
          ... on CreateEntitiesMutationResponse { entities { type } }
        }
      }
      fragment Created on CreateEntitiesMutationResponse { entities { name } info { nodesCreated } }
    `);
    expect(result.selection).toBe(`{ __typename entities { name type ${CREATED_ID}: id } }`);
    expect(result.key).toBe('entities');
  });

  it('leaves out node lists that @skip or @include exclude, with literals and with variables', () => {
    const document = /* GraphQL */ `
      mutation ($withCopy: Boolean!) {
        createEntities {
          entities { name }
          copy: entities @include(if: $withCopy) { type }
          gone: entities @skip(if: true) { id }
        }
      }
    `;
    expect(rewritten(document, { withCopy: false })).toEqual({
      selection: `{ entities { name ${CREATED_ID}: id } }`,
      key: 'entities',
      copies: [],
    });
    expect(rewritten(document, { withCopy: true })).toEqual({
      selection: `{ entities { name type ${CREATED_ID}: id } }`,
      key: 'entities',
      copies: ['copy'],
    });
  });

  it('passes directives inside the node list on as written, for the executor to apply', () => {
    const document = 'mutation ($t: Boolean!) { createEntities { entities { name type @include(if: $t) } } }';
    expect(rewritten(document, { t: false }).selection).toBe(
      `{ entities { name type @include(if: $t) ${CREATED_ID}: id } }`,
    );
  });

  it('refuses aliases whose fields clash, as BAD_USER_INPUT', () => {
    const info = infoFor('mutation { createEntities { a: entities { n: name } b: entities { n: type } } }');
    expect(() => withCreatedIds(info, 'entities')).toThrow(PersonaGraphError);
    try {
      withCreatedIds(info, 'entities');
    } catch (error) {
      expect((error as PersonaGraphError).extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    }
  });

  it('refuses a clash in arguments deeper down', () => {
    const info = infoFor(
      'mutation { createEntities { a: entities { facts(limit: 1) { id } } b: entities { facts(limit: 2) { id } } } }',
    );
    expect(() => withCreatedIds(info, 'entities')).toThrow(/under one name/);
  });

  it('accepts aliases that select the same fields the same way', () => {
    const info = infoFor(
      'mutation { createEntities { a: entities { facts(limit: 1) { id } } b: entities { facts(limit: 1) { id } } } }',
    );
    expect(withCreatedIds(info, 'entities').copies).toEqual(['b']);
  });
});

describe('collectFields', () => {
  it('groups fields by response key through fragments, each fragment once', () => {
    const info = infoFor(/* GraphQL */ `
      mutation {
        createEntities { ...F ...F list: entities { id } entities { name } }
      }
      fragment F on CreateEntitiesMutationResponse { entities { type } info { nodesCreated } }
    `);
    const fields = collectFields(info.fieldNodes[0]!.selectionSet!.selections, info);
    expect([...fields].map(([key, nodes]) => [key, nodes.length])).toEqual([
      ['entities', 2],
      ['info', 1],
      ['list', 1],
    ]);
  });
});
