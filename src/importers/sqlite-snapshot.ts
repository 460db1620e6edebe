// Opens a browser's SQLite history safely: a running browser locks the file, so we read a private copy.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Copies the database (and its WAL, holding recent visits not yet checkpointed) and runs `read` on the copy, read-only. */
export function withSqliteSnapshot<T>(file: string, read: (db: Database.Database) => T): T {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const dir = mkdtempSync(path.join(tmpdir(), 'persona-graph-import-'));
  const copy = path.join(dir, path.basename(file));
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The column names of a table ("" for a missing table), so importers adapt to older and newer browser versions. */
export function tableColumns(db: Database.Database, table: string): Set<string> {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>;
  return new Set(rows.map((row) => row.name));
}
