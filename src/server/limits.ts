// Request limits: body size, query tokens, depth, cost, aliases and directives. One set of rules for HTTP and WebSocket.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';
import type { Config } from '../config/index.ts';
import { BadUserInputError, ErrorCode } from '../errors/index.ts';

export type LimitsConfig = Pick<
  Config,
  'MAX_BODY_BYTES' | 'MAX_QUERY_DEPTH' | 'MAX_QUERY_COST' | 'MAX_ALIASES' | 'MAX_QUERY_TOKENS'
>;

export interface QueryLimits {
  /** Extra validation rules (depth, cost, aliases, directives), for Apollo and for graphql-ws alike. */
  validationRules: ValidationRule[];
  /** Parser options: graphql-js stops lexing past MAX_QUERY_TOKENS, before any work is done on the document. */
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
}

// graphql-armor reports breaches as plain validation errors; ours carry LIMIT_EXCEEDED, which the error formatter
// (src/errors/format-error.ts) keeps through Apollo's relabelling.
const reportLimit: GraphQLArmorRejectCallback = (context, error) => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      nodes: error.nodes,
      extensions: { code: ErrorCode.LIMIT_EXCEEDED },
    }),
  );
};

// A fresh object per rule: armor keeps (and may extend) the callback list it is given.
const onBreach = () => ({ propagateOnRejection: false, onReject: [reportLimit], exposeLimits: true });

/** The query limits for a config (graphql-armor for depth, cost and aliases; graphql-js for tokens). */
export function queryLimits(config: LimitsConfig): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH, ...onBreach() },
    costLimit: { maxCost: config.MAX_QUERY_COST, ...onBreach() },
    maxAliases: { n: config.MAX_ALIASES, ...onBreach() },
    maxDirectives: { n: 50, ...onBreach() },
    // Token counting is graphql-js's own parser option (below): armor's version throws outside Apollo's error path.
    maxTokens: { enabled: false },
    // Hides "Did you mean …?" hints that would map the schema for a caller probing it.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    // armor's typings point at Apollo's CommonJS build; the plugin objects are the same at runtime.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), wellFormedStrings],
  };
}

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Refuses variables holding a string that is not valid Unicode (a lone UTF-16 surrogate, which JSON can carry as
 * "\ud800"): Neo4j would store U+FFFD instead, so what was stored would not be what was sent. (graphql-js already
 * refuses such escapes in the document itself.)
 */
export function checkWellFormedStrings(value: unknown, path = 'variables'): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value))
      throw new BadUserInputError(`${path} is not valid Unicode (it holds a lone surrogate)`, {
        http: { status: 400 },
      });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkWellFormedStrings(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) checkWellFormedStrings(item, `${path}.${key}`);
}

const wellFormedStrings: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        checkWellFormedStrings(request.variables);
      },
    };
  },
};

/**
 * Express error handler for /graphql: a body over MAX_BODY_BYTES or unparseable JSON gets a GraphQL-shaped JSON
 * error (413 LIMIT_EXCEEDED / 400 BAD_REQUEST) instead of Express's HTML page.
 */
export function bodyErrors(config: Pick<Config, 'MAX_BODY_BYTES'>): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the limit of ${config.MAX_BODY_BYTES} bytes`,
            extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: config.MAX_BODY_BYTES },
          },
        ],
      });
      return;
    }
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
      res.status(400).json({
        errors: [
          { message: 'The request body is not valid JSON', extensions: { code: ErrorCode.BAD_REQUEST } },
        ],
      });
      return;
    }
    next(error);
  };
}
