// graphql-ws hooks applying the HTTP rules to WebSockets: token check at connection_init, the same query limits,
// and the same error masking.
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { authenticate, CLOCK_TOLERANCE_SECONDS } from '../auth/index.ts';
import type { Config } from '../config/index.ts';
import { createErrorFormatter, ErrorCode, PersonaGraphError } from '../errors/index.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { checkWellFormedStrings, type QueryLimits } from './limits.ts';
import { logUnexpectedErrors } from './request-logging.ts';

type Extra = { socket: WebSocket };
type Hooks = Pick<
  ServerOptions<Record<string, unknown>, Extra>,
  'onConnect' | 'onSubscribe' | 'onNext' | 'onError'
>;

export interface WsGuardOptions {
  config: Config;
  schema: GraphQLSchema;
  limits: QueryLimits;
  development: boolean;
}

/** graphql-js's own parse and validation errors carry no code; give them Apollo's, as over HTTP. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

function connectionToken(params: Record<string, unknown> | undefined): unknown {
  return params?.authorization ?? params?.Authorization;
}

/** setTimeout's longest delay (about 24.8 days): a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Closes the socket (4403) when its token expires, with the same clock tolerance as verification: a long-lived
 * subscription must not keep receiving a user's updates on a token that no longer holds.
 */
function closeAtExpiry(socket: WebSocket, exp: unknown): void {
  if (typeof exp !== 'number') return;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const ms = (exp + CLOCK_TOLERANCE_SECONDS) * 1000 - Date.now();
    if (ms <= 0) {
      socket.close(CloseCode.Forbidden, 'Unauthenticated: The token has expired');
      return;
    }
    timer = setTimeout(arm, Math.min(ms, MAX_TIMER_MS));
    timer.unref();
  };
  arm();
  socket.once('close', () => clearTimeout(timer));
}

/** Hooks for useServer: rejects bad or missing tokens at connection_init, enforces limits, masks errors. */
export function wsGuard(options: WsGuardOptions): Hooks {
  const { config, limits } = options;
  const format = createErrorFormatter({ development: options.development });
  const formatAll = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => format(error.toJSON(), error));
  return {
    async onConnect(ctx) {
      try {
        const viewer = await authenticate(config, connectionToken(ctx.connectionParams));
        if (viewer.mode === 'jwt') closeAtExpiry(ctx.extra.socket, viewer.claims.exp);
        if (viewer.mode !== 'anonymous') return true;
        ctx.extra.socket.close(CloseCode.Forbidden, 'Unauthenticated: a bearer token is required');
      } catch (error) {
        // 4403 with the reason (expired, invalid, ...): the client learns why without a stack or the token.
        const reason = error instanceof PersonaGraphError ? error.message : 'Unauthenticated';
        ctx.extra.socket.close(CloseCode.Forbidden, `Unauthenticated: ${reason}`.slice(0, 120));
      }
      return false;
    },
    async onSubscribe(ctx, _id, payload) {
      // The token was good at connection_init; it may have expired since. Refuse the operation, keep the socket.
      try {
        await authenticate(config, connectionToken(ctx.connectionParams));
      } catch (error) {
        const code = error instanceof PersonaGraphError ? error.extensions.code : ErrorCode.UNAUTHENTICATED;
        return [
          new GraphQLError(error instanceof Error ? error.message : 'Unauthenticated', {
            extensions: { code },
          }),
        ];
      }
      let document: DocumentNode;
      try {
        checkWellFormedStrings(payload.variables);
      } catch (error) {
        return [error as GraphQLError];
      }
      try {
        document = parse(payload.query, limits.parseOptions);
      } catch (error) {
        const parseError = error instanceof GraphQLError ? error : new GraphQLError('Syntax Error');
        return [withCode(parseError, ErrorCode.GRAPHQL_PARSE_FAILED)];
      }
      const errors = validate(options.schema, document, [...specifiedRules, ...limits.validationRules]);
      if (errors.length > 0)
        return errors.map((error) => withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED));
      // No contextValue here: graphql-ws then builds it with useServer's `context` option, as for any operation.
      return {
        schema: options.schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
      };
    },
    onNext(_ctx, _id, _payload, args, result) {
      if (!result.errors?.length) return undefined;
      logUnexpectedErrors(args.contextValue as GraphQLContext, result.errors);
      return { ...result, errors: formatAll(result.errors) };
    },
    onError(_ctx, _id, _payload, errors) {
      return formatAll(errors);
    },
  };
}
