// The playground's fetcher: HTTP for queries and mutations, graphql-ws for subscriptions on the same /graphql.
import { createGraphiQLFetcher, type Fetcher, type FetcherOpts, type FetcherParams } from '@graphiql/toolkit';
import { type DocumentNode, Kind, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import { endpoints } from '../shared/settings.ts';

function authorizationOf(headers: Record<string, unknown> | undefined): string | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'authorization' && typeof value === 'string' && value.trim())
      return value.trim();
  }
  return undefined;
}

/**
 * Right after a tab switch GraphiQL can still hand over the previous tab's operation name and parsed document, which
 * would send a subscription over HTTP or fail with "Unknown operation". Both are re-derived from the query text sent.
 */
function reconcile(params: FetcherParams, options?: FetcherOpts): [FetcherParams, FetcherOpts | undefined] {
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch {
    // Let the server report the syntax error.
    return [params, options];
  }
  const names = document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((definition) => definition.name?.value);
  const known = params.operationName && names.includes(params.operationName);
  const operationName = known ? params.operationName : names.length === 1 ? names[0] : params.operationName;
  return [
    { ...params, operationName },
    { ...options, documentAST: document },
  ];
}

/**
 * A WebSocket carries its credentials once, when it connects, so each distinct Authorization header in the
 * header editor gets its own connection (with that header in connectionParams, as the server expects).
 */
export function createPlaygroundFetcher(): Fetcher {
  const { http, ws } = endpoints();
  const byAuthorization = new Map<string, Fetcher>();
  return (params, options) => {
    const authorization = authorizationOf(options?.headers);
    const key = authorization ?? '';
    let fetcher = byAuthorization.get(key);
    if (!fetcher) {
      fetcher = createGraphiQLFetcher({
        url: http,
        wsClient: createClient({
          url: ws,
          lazy: true,
          connectionParams: authorization ? { authorization } : {},
        }),
      });
      byAuthorization.set(key, fetcher);
    }
    return fetcher(...reconcile(params, options));
  };
}
