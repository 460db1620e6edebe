// readStatement, the one-round-trip read of recall and ingest, against the real Neo4j: a read that fails for a
// passing reason is sent again (as a managed read, which the driver retries further); one that fails for good is not.
import { type Driver, Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, readStatement } from '../../src/neo4j/index.ts';
import { testNeo4jUri } from '../support/test-server.ts';

const driver = createDriver({ uri: testNeo4jUri() });
afterAll(() => driver.close());

/** The real driver, whose sessions' first `failures` auto-commit statements fail with `code` before reaching Neo4j. */
function failingFirst(failures: number, code: string): { driver: Driver; sent: () => number } {
  let left = failures;
  let sent = 0;
  const wrapped = new Proxy(driver, {
    get(target, property) {
      if (property === 'session')
        return (config: Parameters<Driver['session']>[0]) => {
          const session = target.session(config);
          const run = session.run.bind(session);
          session.run = ((query: string, params?: Record<string, unknown>) => {
            sent++;
            if (left-- > 0) return Promise.reject(new Neo4jError('the database is busy', code, '', ''));
            return run(query, params);
          }) as typeof session.run;
          return session;
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: wrapped, sent: () => sent };
}

describe('readStatement', () => {
  it('answers with the records of a read whose first attempt failed for a passing reason', async () => {
    const flaky = failingFirst(1, 'Neo.TransientError.General.DatabaseUnavailable');
    const records = await readStatement(flaky, 'UNWIND $xs AS x RETURN x', { xs: [1, 2, 3] });
    expect(records.map((r) => r.get('x'))).toEqual([1, 2, 3]);
    expect(flaky.sent()).toBe(1);
  });

  it('does not send again a read that failed for good', async () => {
    const failing = failingFirst(1, 'Neo.ClientError.Statement.SyntaxError');
    await expect(readStatement(failing, 'RETURN 1 AS x', {})).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    expect(failing.sent()).toBe(1);
  });
});
