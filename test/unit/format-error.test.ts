// Which errors reach a client with which code, and what production hides: classifyError and the error formatter.
import { createRequire } from 'node:module';
import { GraphQLError, type GraphQLFormattedError, locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BadUserInputError,
  ConflictError,
  classifyError,
  createErrorFormatter,
  ErrorCode,
  ForbiddenError,
  LimitExceededError,
  LlmBadOutputError,
  LlmUnavailableError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from '../../src/errors/index.ts';

/** An error as the Neo4j driver throws it: a message and a code. */
function neo4jError(code: string, message = 'driver says no'): Error {
  return Object.assign(new Error(message), { code });
}

/** What a resolver's throw becomes on its way out of graphql-js: a located GraphQLError wrapping the original. */
const thrownBy = (error: unknown) => locatedError(error, undefined, ['someField']);

/** Apollo's order of things: it formats the error first, then hands both to formatError. */
function format(error: GraphQLError, options: { development: boolean }) {
  const formatted: GraphQLFormattedError = {
    ...error.toJSON(),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...error.extensions, stacktrace: ['at somewhere'] },
  };
  return createErrorFormatter(options)(formatted, error);
}

describe('classifyError', () => {
  it.each([
    ['bad input', new BadUserInputError('no')],
    ['not found', new NotFoundError('Entity', 'e1')],
    ['unauthenticated', new UnauthenticatedError()],
    ['forbidden', new ForbiddenError()],
    ['a limit', new LimitExceededError('batch size', 10, 11)],
    ['the model down', new LlmUnavailableError('timeout')],
    ['the model talking nonsense', new LlmBadOutputError('not JSON')],
    ['a conflict', new ConflictError('exists')],
  ])('passes %s with its code', (_, error) => {
    expect(classifyError(thrownBy(error))).toBe('public');
    expect(classifyError(error)).toBe('public');
  });

  it.each([
    ['a plain Error', new Error('Cannot read properties of undefined')],
    ['a GraphQLError without a code', new GraphQLError('library detail')],
    [
      'an INTERNAL_SERVER_ERROR',
      new GraphQLError('x', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }),
    ],
    ['an unknown code', new GraphQLError('x', { extensions: { code: 'SOMETHING_ELSE' } })],
    ['a thrown string', 'oops'],
    ['a Neo4j syntax error', neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input')],
  ])('masks %s', (_, error) => {
    expect(classifyError(thrownBy(error))).toBe('internal');
  });

  it.each([
    ['unreachable', neo4jError('ServiceUnavailable')],
    ['expired session', neo4jError('SessionExpired')],
    ['refused connection', new Error('connect ECONNREFUSED 127.0.0.1:7687')],
    ['a deadlock after retries', neo4jError('Neo.TransientError.Transaction.DeadlockDetected')],
    ['a database that is starting', neo4jError('Neo.TransientError.General.DatabaseUnavailable')],
  ])('reports the database as unavailable when %s', (_, error) => {
    expect(classifyError(thrownBy(error))).toBe('unavailable');
  });

  it("passes @neo4j/graphql's authorization and constraint failures, which carry no code", () => {
    for (const message of ['Unauthenticated', 'Forbidden', 'Constraint validation failed']) {
      expect(classifyError(new GraphQLError(message))).toBe('public');
    }
  });

  it('passes a value too large for an index (it becomes LIMIT_EXCEEDED)', () => {
    const error = neo4jError(
      'Neo.ClientError.Statement.ArgumentError',
      'Property value is too large to index',
    );
    expect(classifyError(thrownBy(error))).toBe('public');
  });

  it("knows a GraphQLError from the libraries' graphql-js as one of ours (one copy is loaded)", () => {
    const apollo = createRequire(import.meta.url).resolve('@apollo/server');
    const { GraphQLError: LibraryGraphQLError } = createRequire(apollo)(
      'graphql',
    ) as typeof import('graphql');
    expect(LibraryGraphQLError).toBe(GraphQLError);
    const error = new LibraryGraphQLError('no', { extensions: { code: ErrorCode.NOT_FOUND } });
    expect(classifyError(error)).toBe('public');
  });
});

describe('createErrorFormatter in production', () => {
  const production = { development: false };

  it('keeps message and code of a public error, without the stack trace', () => {
    const result = format(thrownBy(new NotFoundError('Entity', 'e1')), production);
    expect(result).toEqual({
      message: 'Entity "e1" was not found',
      path: ['someField'],
      extensions: { code: ErrorCode.NOT_FOUND, id: 'e1' },
    });
  });

  it('replaces an internal error by a bare message and code', () => {
    const result = format(thrownBy(new Error('Cypher: MATCH (n:Secret) ... failed')), production);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['someField'],
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });

  it('turns a database outage into SERVICE_UNAVAILABLE, without the driver message', () => {
    const result = format(
      thrownBy(neo4jError('ServiceUnavailable', 'bolt://10.0.0.7:7687 refused')),
      production,
    );
    expect(result).toEqual({
      message: 'The graph database is unavailable; try again shortly',
      path: ['someField'],
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });

  it('turns a busy database into SERVICE_UNAVAILABLE', () => {
    const result = format(
      thrownBy(neo4jError('Neo.TransientError.Transaction.LockClientStopped')),
      production,
    );
    expect(result.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
    expect(result.message).toMatch(/busy/);
  });

  it('turns a value too large for an index into LIMIT_EXCEEDED', () => {
    const error = neo4jError(
      'Neo.ClientError.Statement.ArgumentError',
      'Property value is too large to index',
    );
    const result = format(thrownBy(error), production);
    expect(result.extensions).toEqual({ code: ErrorCode.LIMIT_EXCEEDED });
    expect(result.message).not.toMatch(/Property value/);
  });

  it("gives @neo4j/graphql's authorization failures our codes", () => {
    expect(format(new GraphQLError('Forbidden'), production).extensions).toEqual({
      code: ErrorCode.FORBIDDEN,
    });
    expect(format(new GraphQLError('Unauthenticated'), production).extensions).toEqual({
      code: ErrorCode.UNAUTHENTICATED,
    });
    expect(format(new GraphQLError('Constraint validation failed'), production).extensions).toEqual({
      code: ErrorCode.CONFLICT,
    });
  });

  it('reports a limit breach that Apollo relabelled as a validation failure as LIMIT_EXCEEDED', () => {
    const breach = new GraphQLError('Query depth limit of 8 exceeded', {
      extensions: { code: ErrorCode.LIMIT_EXCEEDED },
    });
    const relabelled = new GraphQLError(breach.message, {
      originalError: breach,
      extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
    });
    expect(format(relabelled, production).extensions).toEqual({ code: ErrorCode.LIMIT_EXCEEDED });
  });

  it("reports graphql-js's token cap as LIMIT_EXCEEDED, without the parser's prefix", () => {
    const error = new GraphQLError('Syntax Error: Document contains more that 100 tokens. Parsing aborted.', {
      extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED },
    });
    const result = format(error, production);
    expect(result.extensions).toEqual({ code: ErrorCode.LIMIT_EXCEEDED });
    expect(result.message).toBe('Document contains more that 100 tokens. Parsing aborted.');
  });

  it('keeps an ordinary validation failure as it is', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
    });
    expect(format(error, production)).toMatchObject({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
    });
  });

  it('passes the rest of Apollo codes (persisted queries)', () => {
    const error = new GraphQLError('PersistedQueryNotFound', {
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    expect(format(error, production).extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });
});

describe('createErrorFormatter in development', () => {
  const development = { development: true };

  it('shows internal errors in full, with the stack trace', () => {
    const result = format(thrownBy(new Error('Cypher: MATCH failed')), development);
    expect(result.message).toBe('Cypher: MATCH failed');
    expect(result.extensions).toEqual({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      stacktrace: ['at somewhere'],
    });
  });

  it('still reports a database outage as SERVICE_UNAVAILABLE', () => {
    const result = format(thrownBy(neo4jError('ServiceUnavailable')), development);
    expect(result.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
  });
});

it('ServiceUnavailableError carries SERVICE_UNAVAILABLE and passes as public', () => {
  const error = new ServiceUnavailableError();
  expect(error.extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  expect(classifyError(error)).toBe('public');
});
