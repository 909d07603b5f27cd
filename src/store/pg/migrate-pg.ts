import { fileURLToPath } from 'node:url';
import { listPendingMigrations } from '../list-pending-migrations.js';
import { MIGRATION_LOCK } from './pg-locks.js';
import type { PgPool } from './pg-pool.js';

const migrationsDir = fileURLToPath(new URL('../pg-migrations/', import.meta.url));


/**
 * Applies the PostgreSQL migrations not yet applied, each in its own transaction, under an
 * advisory lock held for the whole run, so replicas starting together migrate once, one after
 * another. Returns the versions applied.
 */
export async function migratePg(pool: PgPool, now: () => Date = () => new Date()): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.version));
      const done: number[] = [];
      for (const { version, name, sql } of listPendingMigrations(migrationsDir, applied)) {
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [version, name, now().toISOString()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
        }
        done.push(version);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
