// Who is calling: the viewer derived from a request's bearer token, and the one rule of who may act for which user.
import type { Config } from '../config/index.ts';
import { NotFoundError, UnauthenticatedError } from '../errors/index.ts';

export interface Viewer {
  /** 'open': no auth configured, loopback only, everything allowed. 'jwt': a verified token. 'anonymous': no token. */
  mode: 'open' | 'jwt' | 'anonymous';
  /** The token's subject: the user this caller is. */
  subject?: string;
  isAdmin: boolean;
  /** Claims passed on to @neo4j/graphql's @authorization rules. */
  claims: Record<string, unknown>;
}

export function authConfigured(config: Config): boolean {
  return Boolean(config.AUTH_JWT_SECRET || config.AUTH_JWKS_URL);
}

/** The viewer of open local mode: acts as an admin. */
export function openViewer(config: Config): Viewer {
  return {
    mode: 'open',
    isAdmin: true,
    claims: { sub: 'local', roles: [config.AUTH_ADMIN_ROLE], admin: true },
  };
}

/** May this viewer read or change this user's memory? */
export function canActFor(viewer: Viewer, userId: string): boolean {
  return viewer.isAdmin || (viewer.subject !== undefined && viewer.subject === userId);
}

/**
 * The rule every custom resolver applies before touching a user's memory: anonymous callers (auth configured,
 * no token) get UNAUTHENTICATED; a caller acting for another user gets NOT_FOUND, as if that user did not exist.
 */
export function authorizeUser(viewer: Viewer, userId: string): void {
  if (viewer.mode === 'anonymous') throw new UnauthenticatedError();
  if (!canActFor(viewer, userId)) throw new NotFoundError('User', userId);
}
