// Turns a request's credentials (HTTP Authorization header or graphql-ws connectionParams) into a Viewer.
import { type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import type { Config } from '../config/index.ts';
import {
  ErrorCode,
  PersonaGraphError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from '../errors/index.ts';
import { viewerFromClaims } from './claims.ts';
import { keyResolverFor } from './keys.ts';
import { authConfigured, openViewer, type Viewer } from './viewer.ts';

/** Seconds of clock skew tolerated between the token issuer and this server. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Extracts the token from "Bearer <token>" (case-insensitive scheme). */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

/** Verifies a JWT's signature, expiry, issuer and audience; throws UNAUTHENTICATED on any failure. */
export async function verifyToken(config: Config, token: string): Promise<JWTPayload> {
  const keys = keyResolverFor(config);
  try {
    const { payload } = await jwtVerify(token, keys.key, {
      algorithms: keys.algorithms,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['sub'],
    });
    return payload;
  } catch (error) {
    // An unreachable key server is our outage, not a bad token: say so rather than blame the caller.
    if (
      error instanceof joseErrors.JWKSTimeout ||
      (error instanceof Error && /fetch failed/i.test(error.message))
    ) {
      throw new ServiceUnavailableError('The token signing keys could not be fetched; try again shortly');
    }
    throw new UnauthenticatedError(reasonFor(error));
  }
}

/** A short, non-revealing reason for a rejected token. */
function reasonFor(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted`;
  return 'The token is invalid';
}

/** The viewer for a request: open mode without auth, anonymous without a token, else a verified token's user. */
export async function authenticate(config: Config, authorizationHeader: unknown): Promise<Viewer> {
  if (!authConfigured(config)) return openViewer(config);
  const token = bearerToken(authorizationHeader);
  if (!token) return { mode: 'anonymous', isAdmin: false, claims: {} };
  return viewerFromClaims(config, await verifyToken(config, token));
}

/** authenticate for an HTTP request: a refusal carries its status (401, or 503 when keys are unreachable) for Apollo. */
export async function authenticateHttp(config: Config, authorizationHeader: unknown): Promise<Viewer> {
  try {
    return await authenticate(config, authorizationHeader);
  } catch (error) {
    if (error instanceof PersonaGraphError) {
      const status = error.extensions.code === ErrorCode.UNAUTHENTICATED ? 401 : 503;
      (error.extensions as Record<string, unknown>).http = { status };
    }
    throw error;
  }
}
