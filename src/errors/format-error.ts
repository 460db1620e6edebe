// The one place that decides what an error looks like to a client: known codes pass, the rest are masked.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from './errors.ts';
import type { Logger } from 'pino';

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's and graphql-js's own codes for malformed requests.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

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

/** @neo4j/graphql reports authorization failures with these messages; they become our codes. */
function mapLibraryError(message: string): ErrorCode | undefined {
  if (message === 'Unauthenticated') return ErrorCode.UNAUTHENTICATED;
  if (message === 'Forbidden') return ErrorCode.FORBIDDEN;
  return undefined;
}

export function createErrorFormatter(options: { development: boolean; logger: Logger }) {
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
    const mapped = mapLibraryError(formatted.message);
    if (mapped) {
      return { message: formatted.message, path: formatted.path, extensions: { code: mapped } };
    }
    if (PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      if (options.development) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.logger.error({ err: original }, 'unexpected error');
    if (options.development) return formatted;
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
