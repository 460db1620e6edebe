import { describe, expect, it } from 'vitest';
import { type TestServer, uniqueUserId, useTestServer } from '../support/test-server.ts';

describe('generated CRUD over HTTP', () => {
  let server: TestServer;
  useTestServer({}, (s) => {
    server = s;
  });

  it('creates a user with a generated mutation and reads it back with a generated query', async () => {
    const id = uniqueUserId('crud');
    const created = await server.gql<{
      createUsers: { users: Array<{ id: string; name: string; createdAt: string }> };
    }>(
      'mutation ($id: ID!) { createUsers(input: [{ id: $id, name: "Alice" }]) { users { id name createdAt } } }',
      { id },
    );
    expect(created.errors).toBeUndefined();
    const user = created.data?.createUsers.users[0];
    expect(user).toMatchObject({ id, name: 'Alice' });
    expect(Date.parse(user!.createdAt)).not.toBeNaN();

    const read = await server.gql<{ users: Array<{ id: string; name: string }> }>(
      'query ($id: ID!) { users(where: { id: { eq: $id } }) { id name } }',
      { id },
    );
    expect(read.data?.users).toEqual([{ id, name: 'Alice' }]);
  });

  it('answers a malformed query with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await server.gql('{ users { noSuchField } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
