// Mints real JWTs for tests (jose): HS256 with a shared secret, or RS256/ES256 with a key pair served as a JWKS.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';
export const TEST_ISSUER = 'https://issuer.test';
export const TEST_AUDIENCE = 'persona-graph-test';

/** Environment for startTestServer that turns HS256 auth on with issuer and audience checks. */
export const hs256Env = {
  AUTH_JWT_SECRET: TEST_SECRET,
  AUTH_ISSUER: TEST_ISSUER,
  AUTH_AUDIENCE: TEST_AUDIENCE,
} as const;

export interface MintOptions {
  roles?: string[] | string;
  rolesClaim?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for an already expired token. */
  expiresIn?: number;
  secret?: string;
  extra?: JWTPayload;
}

function claims(options: MintOptions): JWTPayload {
  return {
    ...(options.roles !== undefined ? { [options.rolesClaim ?? 'roles']: options.roles } : {}),
    ...options.extra,
  };
}

function stamp(jwt: SignJWT, subject: string, options: MintOptions): SignJWT {
  const now = Math.floor(Date.now() / 1000);
  return jwt
    .setSubject(subject)
    .setIssuer(options.issuer ?? TEST_ISSUER)
    .setAudience(options.audience ?? TEST_AUDIENCE)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresIn ?? 600));
}

/** An HS256 token for `subject`, valid for the test issuer and audience unless overridden. */
export function mintHs256(subject: string, options: MintOptions = {}): Promise<string> {
  const secret = new TextEncoder().encode(options.secret ?? TEST_SECRET);
  return stamp(new SignJWT(claims(options)).setProtectedHeader({ alg: 'HS256' }), subject, options).sign(
    secret,
  );
}

/** Flips one character of the signature: a tampered token with a valid shape. */
export function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const last = signature.at(-2) === 'A' ? 'B' : 'A';
  return [header, payload, `${signature.slice(0, -2)}${last}${signature.at(-1)}`].join('.');
}

/** A token whose payload was changed after signing (e.g. another subject) with the original signature. */
export function forgeSubject(token: string, subject: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JWTPayload;
  const forged = Buffer.from(JSON.stringify({ ...decoded, sub: subject })).toString('base64url');
  return [header, forged, signature].join('.');
}

export interface JwksIssuer {
  url: string;
  alg: 'RS256' | 'ES256';
  mint(subject: string, options?: MintOptions): Promise<string>;
  close(): Promise<void>;
}

/** A key pair whose public half is served as a JWKS from a loopback HTTP server. */
export async function startJwksIssuer(alg: 'RS256' | 'ES256' = 'RS256'): Promise<JwksIssuer> {
  const { publicKey, privateKey } = await generateKeyPair(alg);
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: `${alg}-test`, alg, use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    alg,
    mint(subject, options = {}) {
      const header = { alg, kid: jwk.kid };
      return stamp(new SignJWT(claims(options)).setProtectedHeader(header), subject, options).sign(
        privateKey,
      );
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
