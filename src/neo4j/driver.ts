// Neo4j driver creation and a health probe; the rest of the code receives the driver, never builds one.
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver(options: DriverOptions): Driver {
  const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
  return neo4j.driver(options.uri, auth, {
    // Fail fast when the database is gone instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}

/** True when a trivial query round-trips within the timeout. */
export async function isDatabaseReachable(
  driver: Driver,
  database?: string,
  timeoutMs = 2_000,
): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await Promise.race([
      session.run('RETURN 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    void session.close().catch(() => {});
  }
}
