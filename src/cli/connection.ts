// Where the CLI's server commands connect: --url (the server, or its /graphql or /mcp endpoint) and --token, with
// PERSONA_GRAPH_URL and PERSONA_GRAPH_TOKEN as defaults.
import { UsageError } from './command-line.ts';

export const CONNECTION_USAGE = `  --url <url>        the server, e.g. http://127.0.0.1:4000, or its /graphql endpoint (default $PERSONA_GRAPH_URL)
  --token <jwt>      bearer token (default $PERSONA_GRAPH_TOKEN)`;

export interface Connection {
  /** The server's root, e.g. http://127.0.0.1:4000 */
  base: string;
  graphqlUrl: string;
  token?: string;
  /** The bearer header, or none. */
  headers: Record<string, string>;
}

export function connectionFrom(
  values: { url?: unknown; token?: unknown },
  env: Record<string, string | undefined>,
): Connection {
  const url = (values.url as string | undefined) ?? env.PERSONA_GRAPH_URL ?? 'http://127.0.0.1:4000';
  if (!/^https?:\/\/[^/]/.test(url)) throw new UsageError('--url must be an http(s) URL');
  const base = url.replace(/\/(graphql|mcp)\/?$/, '').replace(/\/$/, '');
  const token = (values.token as string | undefined) ?? (env.PERSONA_GRAPH_TOKEN || undefined);
  return {
    base,
    graphqlUrl: `${base}/graphql`,
    token,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  };
}
