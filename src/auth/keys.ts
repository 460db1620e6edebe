// Where token signatures are checked against: a shared HS256 secret, or the issuer's JWKS (RS256/ES256).
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config/index.ts';

export interface KeyResolver {
  key: Uint8Array | JWTVerifyGetKey;
  /** Pinned so a token cannot pick a weaker algorithm (e.g. HS256 signed with a public key, or none). */
  algorithms: string[];
}

// One resolver per config: the remote JWKS set caches keys and refetches on an unknown `kid`.
const resolvers = new WeakMap<Config, KeyResolver>();

/** The key material for a config; the secret wins when both are set. */
export function keyResolverFor(config: Config): KeyResolver {
  let resolver = resolvers.get(config);
  if (!resolver) {
    if (config.AUTH_JWT_SECRET) {
      resolver = { key: new TextEncoder().encode(config.AUTH_JWT_SECRET), algorithms: ['HS256'] };
    } else if (config.AUTH_JWKS_URL) {
      resolver = {
        key: createRemoteJWKSet(new URL(config.AUTH_JWKS_URL), {
          timeoutDuration: 5000,
          cooldownDuration: 30_000,
        }),
        algorithms: ['RS256', 'ES256'],
      };
    } else {
      throw new Error('No token verification configured (AUTH_JWT_SECRET or AUTH_JWKS_URL)');
    }
    resolvers.set(config, resolver);
  }
  return resolver;
}
