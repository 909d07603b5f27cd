import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe } from 'vitest';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { openPgStores } from '../../src/store/pg/open-pg-stores.js';
import type { OpenStoreOptions } from '../../src/store/reindex-report.js';
import { pgSchemaUrl } from './pg-schema-url.js';
import { useTempDir } from './temp-dir.js';

/** The PostgreSQL the store tests use; unset, they are skipped (the global setup says so once). */
export const testDatabaseUrl = process.env.WIREBRIEF_TEST_DATABASE_URL || undefined;

/** A fresh, empty store that can be opened more than once (to test what survives a reopen). */
export interface StoreLocation {
  open(options?: OpenStoreOptions): Promise<Stores>;
  /** the SQLite file, or the PostgreSQL schema */
  where: string;
  /** what `--db` takes to reach it: the file, or a postgres:// URL into the schema (open() once first: it creates the schema) */
  target: string;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** false for PostgreSQL without WIREBRIEF_TEST_DATABASE_URL */
  available: boolean;
  /** A new empty store, removed after the test (its own file, or its own schema). */
  fresh(): StoreLocation;
}

/**
 * Both backends, for `describe.each`: SQLite in a temporary directory, PostgreSQL in a schema of
 * its own per test, dropped afterwards. Stores opened through a location are closed after the test.
 */
export function useStoreBackends(): StoreBackend[] {
  const tempDir = useTempDir();
  const open: Stores[] = [];
  const schemas: string[] = [];
  afterEach(async () => {
    for (const stores of open.splice(0)) await stores.close().catch(() => {});
    if (schemas.length === 0 || !testDatabaseUrl) return;
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await client.end();
    }
  });
  const track = async (stores: Promise<Stores>) => {
    const opened = await stores;
    open.push(opened);
    return opened;
  };
  return [
    {
      name: 'sqlite',
      available: true,
      fresh() {
        const path = join(tempDir(), 'store.db');
        return { where: path, target: path, open: (options) => track(Promise.resolve(openStores(path, options))) };
      },
    },
    {
      name: 'postgres',
      available: testDatabaseUrl !== undefined,
      fresh() {
        const schema = `wb_test_${randomBytes(6).toString('hex')}`;
        schemas.push(schema);
        const target = pgSchemaUrl(testDatabaseUrl as string, schema);
        return { where: schema, target, open: (options) => track(openPgStores(testDatabaseUrl as string, { schema, max: 4, ...options })) };
      },
    },
  ];
}

/** `describe` once per backend, the PostgreSQL one skipped when no test database is configured. */
export function describeStores(title: string, body: (backend: StoreBackend) => void): void {
  for (const backend of useStoreBackends()) {
    describe.skipIf(!backend.available)(`${title} (${backend.name})`, () => body(backend));
  }
}
