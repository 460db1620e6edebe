// The CLI's GraphQL client: posts ingestBatch to a Persona Graph server and turns failures into coded errors.
import type { ImportedEpisode } from '../importers/index.ts';

export const INGEST_BATCH = /* GraphQL */ `
  mutation ImportBatch($userId: ID!, $inputs: [IngestInput!]!) {
    ingestBatch(userId: $userId, inputs: $inputs) {
      duplicate
      episode { id }
    }
  }
`;

/** A failure the server reported (with its extensions.code) or a transport failure (code NETWORK_ERROR / HTTP_<status>). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  ingestBatch(userId: string, episodes: ImportedEpisode[]): Promise<Array<{ duplicate: boolean }>>;
}

/** Posts any operation: resolves with its data, or throws an ApiError with the server's code. */
export type GraphQLPoster = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A client for one server URL, sending the bearer token when given. */
export function createApiClient(url: string, token?: string): ApiClient {
  const post = graphqlPoster(url, token);
  return {
    async ingestBatch(userId, episodes) {
      const data = await post<{ ingestBatch: Array<{ duplicate: boolean }> }>(INGEST_BATCH, {
        userId,
        inputs: episodes.map(({ content, source, sourceRef, occurredAt }) => ({
          content,
          source,
          sourceRef,
          occurredAt,
        })),
      });
      return data.ingestBatch;
    },
  };
}

export function graphqlPoster(url: string, token?: string): GraphQLPoster {
  return async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new ApiError('NETWORK_ERROR', `cannot reach ${url} (${reason})`);
    }
    const text = await response.text();
    let body: GraphQLBody<T>;
    try {
      body = JSON.parse(text) as GraphQLBody<T>;
    } catch {
      throw new ApiError(
        `HTTP_${response.status}`,
        `${url} answered ${response.status} without GraphQL JSON`,
      );
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.extensions?.code ?? `HTTP_${response.status}`, first.message);
    if (!body.data)
      throw new ApiError(`HTTP_${response.status}`, `${url} answered ${response.status} without data`);
    return body.data;
  };
}
