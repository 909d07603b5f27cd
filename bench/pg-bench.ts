import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPgStores } from '../src/store/pg/open-pg-stores.js';
import { runStoreBench, type StoreBenchResult } from './store-bench.js';

/** The PostgreSQL the bench writes to (a schema of its own, dropped afterwards). */
export const benchDatabaseUrl = (env: NodeJS.ProcessEnv) =>
  env.WIREBRIEF_BENCH_DATABASE_URL || env.WIREBRIEF_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** `npm run bench -- --pg`: the same ingest and search on PostgreSQL, in a fresh schema. */
export async function runPgBench(url: string, sources: Uint8Array[], rounds: number, log: (text: string) => void): Promise<StoreBenchResult> {
  const schema = `wb_bench_${randomBytes(4).toString('hex')}`;
  const stores = await openPgStores(url, { schema });
  try {
    return await runStoreBench(stores, sources, rounds, log);
  } finally {
    await stores.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
}
