// Request ids and operation logs: every response carries x-request-id; every operation is logged with it.
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { classifyError } from '../errors/index.ts';
import type { GraphQLContext } from '../graphql/context.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's own id (from a proxy, say) is kept when it is short and plain, so logs can be joined across systems.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Express middleware: picks the request id (the caller's, if safe, else a new UUID) and echoes it in a header. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.headers[REQUEST_ID_HEADER];
    const id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/** Logs errors the client only sees masked, with the request id, so an operator can find them. */
export function logUnexpectedErrors(context: GraphQLContext, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    const kind = classifyError(error);
    if (kind === 'internal') context.logger.error({ err: error.originalError ?? error }, 'unexpected error');
    else if (kind === 'unavailable')
      context.logger.warn({ err: error.originalError?.message }, 'graph database unavailable or busy');
  }
}

/** Apollo plugin: one log line per operation (name, duration, error codes) and the masked errors in full. */
export function requestLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          logUnexpectedErrors(contextValue, errors);
        },
        async willSendResponse({ operationName, response, errors }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (result?.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          contextValue.logger[codes.length > 0 || errors ? 'info' : 'debug'](
            {
              operationName: operationName ?? undefined,
              durationMs: Math.round(performance.now() - started),
              ...(codes.length > 0 ? { errorCodes: [...new Set(codes)] } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
