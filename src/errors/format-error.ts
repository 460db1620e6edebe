// The one place that decides what an error looks like to a client: known codes pass, the rest are masked.

import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import { ErrorCode } from './errors.ts';

// Ours, and the rest of Apollo's for requests it refuses itself (persisted queries, an unknown operation name).
const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

/** Neo4j driver errors that mean "the database is not reachable right now". */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Neo4jError).code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    /connect ECONNREFUSED|Connection was closed|Pool is closed|Failed to connect/i.test(error.message)
  );
}

/** Neo4j's retryable errors (deadlocks, lock timeouts) that outlived the driver's own retries: busy, not broken. */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return String((error as Neo4jError).code ?? '').startsWith('Neo.TransientError.');
}

/** Neo4j refuses a value above its index key size (about 8 kB) for an indexed property such as userId or predicate. */
export function isIndexedValueTooLarge(error: unknown): boolean {
  return error instanceof Error && /Property value is too large to index/.test(error.message);
}

/** @neo4j/graphql reports authorization failures with these messages; they become our codes. */
function mapLibraryError(message: string): ErrorCode | undefined {
  if (message === 'Unauthenticated') return ErrorCode.UNAUTHENTICATED;
  if (message === 'Forbidden') return ErrorCode.FORBIDDEN;
  // A uniqueness constraint (e.g. a User id that exists): the caller's conflict, not our failure.
  if (message === 'Constraint validation failed') return ErrorCode.CONFLICT;
  return undefined;
}

/** graphql-armor's rules and graphql-js's token cap report limit breaches; Apollo relabels them as validation or
 * parse failures, so the original error (or the parser's message) tells us it was a limit. */
function isLimitBreach(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const inner = error.originalError;
  if (inner instanceof GraphQLError && inner.extensions.code === ErrorCode.LIMIT_EXCEEDED) return true;
  // graphql-js 16 words it "more that N tokens"; accept either spelling.
  return /Document contains more th(?:an|at) \d+ tokens/.test(error.message);
}

/** How an error reaches a client: a public code, the database being down, or an internal error to mask and log. */
export function classifyError(error: unknown): 'public' | 'unavailable' | 'internal' {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original) || isDatabaseBusy(original)) return 'unavailable';
  if (isIndexedValueTooLarge(original)) return 'public';
  if (error instanceof GraphQLError) {
    if (mapLibraryError(error.message)) return 'public';
    const code = String(error.extensions.code ?? '');
    if (PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return 'public';
  }
  return 'internal';
}

export function createErrorFormatter(options: { development: boolean; logger?: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    if (isDatabaseUnavailable(original)) {
      return {
        message: 'The graph database is unavailable; try again shortly',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isDatabaseBusy(original)) {
      return {
        message: 'The graph database is busy; try again shortly',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isIndexedValueTooLarge(original)) {
      return {
        message: 'A value is too large for an indexed field (ids, names, predicates: about 8 kB at most)',
        path: formatted.path,
        extensions: { code: ErrorCode.LIMIT_EXCEEDED },
      };
    }
    const mapped = mapLibraryError(formatted.message);
    if (mapped) {
      return { message: formatted.message, path: formatted.path, extensions: { code: mapped } };
    }
    if (
      (code === ErrorCode.GRAPHQL_VALIDATION_FAILED || code === ErrorCode.GRAPHQL_PARSE_FAILED) &&
      isLimitBreach(error)
    ) {
      const message = formatted.message.replace(/^Syntax Error: /, '');
      return { message, locations: formatted.locations, extensions: { code: ErrorCode.LIMIT_EXCEEDED } };
    }
    if (PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      if (options.development) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Logged with the request id by the request-logging plugin (src/server/request-logging.ts), not here.
    if (options.development) return formatted;
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
