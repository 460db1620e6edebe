// One way to reach the database in a transaction: a session on the configured database, opened for the work and
// always closed, however the work ends.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';

/** Where work runs: the driver and the database (the server's default when absent). Services satisfy it. */
export interface Neo4jTarget {
  driver: Driver;
  database?: string;
}

/** Runs `work` in one read transaction (retried by the driver on transient errors). */
export function withRead<T>(target: Neo4jTarget, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession(target, (session) => session.executeRead(work));
}

/** Runs `work` in one write transaction (retried by the driver on transient errors). */
export function withWrite<T>(target: Neo4jTarget, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession(target, (session) => session.executeWrite(work));
}

/**
 * Runs one read statement as an auto-commit transaction: one round trip (RUN and PULL), where a managed transaction
 * adds a COMMIT after the records. For hot single-statement reads (recall, ingest's reads before the model call). Bookmarks are shared with
 * driver.executeQuery; a transient failure is retried as a managed read, which the driver retries further.
 */
export async function readStatement<R extends RecordShape = RecordShape>(
  target: Neo4jTarget,
  query: string,
  params: object,
): Promise<neo4j.Record<R>[]> {
  const session = target.driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: target.driver.executeQueryBookmarkManager,
  });
  try {
    return (await session.run<R>(query, params)).records;
  } catch (err) {
    if (!neo4j.isRetryableError(err)) throw err;
    return (await session.executeRead((tx) => tx.run<R>(query, params))).records;
  } finally {
    await session.close();
  }
}

/**
 * Lends one session to `work`, for what a single transaction does not fit: several transactions in a row (bounded
 * batches, each committed before the next) or auto-commit statements (CALL { ... } IN TRANSACTIONS).
 */
export async function withSession<T>(
  target: Neo4jTarget,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = target.driver.session({ database: target.database });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
