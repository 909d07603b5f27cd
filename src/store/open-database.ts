import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { listPendingMigrations } from './list-pending-migrations.js';

export type SqliteDatabase = Database.Database;

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Opens (creating if needed) the SQLite store in WAL mode and applies pending migrations,
 * each in its own transaction, so a kill mid-migration leaves the previous version intact.
 */
export function openDatabase(path: string, onMigrated?: (versions: number[]) => void): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Checkpoint every ~40 MB of WAL rather than every 4 MB: pages a batch rewrites (index ends, the
    // full-text structure) are copied once per checkpoint, not once per few batches. The WAL file is
    // cut back to 64 MB after each checkpoint.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('journal_size_limit = 67108864');
  } catch (cause) {
    throw new StoreError(`cannot open the store at ${path}: ${(cause as Error).message}`, { path }, { cause });
  }
  try {
    const versions = applyMigrations(db);
    onMigrated?.(versions);
  } catch (cause) {
    db.close();
    throw new StoreError(`cannot migrate the store at ${path}: ${(cause as Error).message}`, { path }, { cause });
  }
  return db;
}

/** Applies the migrations not yet applied; returns their versions. */
function applyMigrations(db: SqliteDatabase): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const done: number[] = [];
  for (const { version, name, sql } of listPendingMigrations(migrationsDir, applied)) {
    done.push(version);
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        version,
        name,
        new Date().toISOString(),
      );
    })();
  }
  return done;
}
