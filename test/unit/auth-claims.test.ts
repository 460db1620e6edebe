// How token claims become a viewer: roles in any common shape, admin only by the configured role and claim.
import { describe, expect, it } from 'vitest';
import { rolesFrom, viewerFromClaims } from '../../src/auth/index.ts';
import { loadConfig } from '../../src/config/index.ts';

describe('rolesFrom', () => {
  it.each([
    [{ roles: ['a', 'admin'] }, 'roles', ['a', 'admin']],
    [{ scope: 'read write  admin' }, 'scope', ['read', 'write', 'admin']],
    [{ realm_access: { roles: ['admin'] } }, 'realm_access.roles', ['admin']],
    [{ 'https://example.com/roles': ['x'] }, 'https://example.com/roles', ['x']],
    [{ roles: 'admin' }, 'roles', ['admin']],
    [{ roles: [1, 'admin', null] }, 'roles', ['admin']],
    [{ roles: { admin: true } }, 'roles', []],
    [{}, 'roles', []],
  ] as const)('reads %j under %s as %j', (payload, claim, expected) => {
    expect(rolesFrom(payload as Record<string, unknown>, claim)).toEqual(expected);
  });
});

describe('viewerFromClaims', () => {
  const config = loadConfig({
    AUTH_JWT_SECRET: 'x'.repeat(32),
    AUTH_ROLES_CLAIM: 'groups',
    AUTH_ADMIN_ROLE: 'ops',
  });

  it('makes the subject the user and normalises roles and admin for the schema rules', () => {
    const viewer = viewerFromClaims(config, { sub: 'alice', groups: 'staff ops' });
    expect(viewer).toMatchObject({ mode: 'jwt', subject: 'alice', isAdmin: true });
    expect(viewer.claims).toMatchObject({ sub: 'alice', roles: ['staff', 'ops'], admin: true });
  });

  it('ignores an admin claim or role the token sets itself outside the configured claim', () => {
    const viewer = viewerFromClaims(config, { sub: 'mallory', admin: true, roles: ['ops'] });
    expect(viewer.isAdmin).toBe(false);
    expect(viewer.claims).toMatchObject({ roles: [], admin: false });
  });
});
