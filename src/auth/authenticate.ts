// Turns a request's credentials (HTTP Authorization header or graphql-ws connectionParams) into a Viewer.
import type { Config } from '../config/index.ts';
import { UnauthenticatedError } from '../errors/index.ts';
import { authConfigured, openViewer, type Viewer } from './viewer.ts';

/** Extracts the token from "Bearer <token>" (case-insensitive scheme). */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

export async function authenticate(config: Config, authorizationHeader: unknown): Promise<Viewer> {
  if (!authConfigured(config)) return openViewer(config);
  const token = bearerToken(authorizationHeader);
  if (!token) return { mode: 'anonymous', isAdmin: false, claims: {} };
  throw new UnauthenticatedError('Token verification is not available yet');
}
