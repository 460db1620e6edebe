// Normalises a verified token's claims into the fixed shape the @authorization rules in schema/ read.
import type { JWTPayload } from 'jose';
import type { Config } from '../config/index.ts';
import type { Viewer } from './viewer.ts';

/**
 * The roles in a claim given as an array or a space-separated string (OAuth `scope` style). A dotted name such
 * as `realm_access.roles` reads a nested claim, as Keycloak issues it.
 */
export function rolesFrom(payload: Record<string, unknown>, claimName: string): string[] {
  let value: unknown = payload[claimName];
  if (value === undefined && claimName.includes('.')) {
    value = claimName
      .split('.')
      .reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), payload);
  }
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((role): role is string => typeof role === 'string');
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * @neo4j/graphql receives these claims as `$jwt`: `sub`, `roles` (from AUTH_ROLES_CLAIM) and `admin` (whether
 * they include AUTH_ADMIN_ROLE), so the SDL's rules stay fixed whatever the issuer calls its roles claim.
 */
export function viewerFromClaims(config: Config, payload: JWTPayload): Viewer {
  const roles = rolesFrom(payload, config.AUTH_ROLES_CLAIM);
  const isAdmin = roles.includes(config.AUTH_ADMIN_ROLE);
  return {
    mode: 'jwt',
    subject: payload.sub,
    isAdmin,
    claims: { ...payload, roles, admin: isAdmin },
  };
}
