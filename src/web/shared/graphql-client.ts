// A small GraphQL client for the pages: POST for queries and mutations, graphql-ws for subscriptions.
import { type Client, createClient } from 'graphql-ws';
import { bearer, endpoints } from './settings.ts';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export type SocketStatus = 'connected' | 'closed';

export class GraphQLClient {
  private ws?: Client;
  /** Told when the subscription socket connects or drops (graphql-ws reconnects by itself). */
  onSocketStatus?: (status: SocketStatus) => void;

  constructor(private token: string) {}

  /** Runs a query or mutation; throws RequestFailed with the first error's code. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const authorization = bearer(this.token);
    const response = await fetch(endpoints().http, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorShape[] };
    const error = body.errors?.[0];
    if (error) throw new RequestFailed(error.message, error.extensions?.code);
    if (!body.data) throw new RequestFailed(`HTTP ${response.status}`);
    return body.data;
  }

  /** Subscribes over graphql-ws (token in connectionParams); returns an unsubscribe function. */
  subscribe<T>(
    query: string,
    variables: Record<string, unknown>,
    handlers: { next(data: T): void; error(message: string): void },
  ): () => void {
    this.ws ??= createClient({
      url: endpoints().ws,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      connectionParams: () => {
        const authorization = bearer(this.token);
        return authorization ? { authorization } : {};
      },
      on: {
        connected: () => this.onSocketStatus?.('connected'),
        closed: () => this.onSocketStatus?.('closed'),
      },
    });
    return this.ws.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) handlers.error(result.errors[0]?.message ?? 'subscription error');
          else if (result.data) handlers.next(result.data as T);
        },
        error: (error) => handlers.error(error instanceof Error ? error.message : 'subscription closed'),
        complete: () => {},
      },
    );
  }

  close(): void {
    void this.ws?.dispose();
    this.ws = undefined;
  }
}
