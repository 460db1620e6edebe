// Public error codes and the GraphQLError subclasses that carry them; resolvers throw these, never raw strings.
import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  LLM_UNAVAILABLE: 'LLM_UNAVAILABLE',
  LLM_BAD_OUTPUT: 'LLM_BAD_OUTPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Apollo's codes for a request refused before it runs; the WebSocket path and the body parser give them too.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class PersonaGraphError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadUserInputError extends PersonaGraphError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extra);
  }
}

export class NotFoundError extends PersonaGraphError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} was not found`, { id });
  }
}

export class UnauthenticatedError extends PersonaGraphError {
  constructor(message = 'A valid bearer token is required') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends PersonaGraphError {
  constructor(message = 'Not allowed') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class LimitExceededError extends PersonaGraphError {
  constructor(what: string, limit: number, actual: number) {
    super(ErrorCode.LIMIT_EXCEEDED, `${what} is ${actual}, above the limit of ${limit}`, { limit, actual });
  }
}

export class LlmUnavailableError extends PersonaGraphError {
  constructor(reason: string) {
    super(ErrorCode.LLM_UNAVAILABLE, `The language model is unavailable: ${reason}`);
  }
}

export class LlmBadOutputError extends PersonaGraphError {
  constructor(reason: string) {
    super(ErrorCode.LLM_BAD_OUTPUT, `The language model returned unusable output: ${reason}`);
  }
}

export class ConflictError extends PersonaGraphError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class ServiceUnavailableError extends PersonaGraphError {
  constructor(message = 'The graph database is unavailable; try again shortly') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}
