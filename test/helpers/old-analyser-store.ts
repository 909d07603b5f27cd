import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { indexEveryPgDispatch } from '../../src/store/pg/index-every-pg-dispatch.js';
import { indexEveryDispatch } from '../../src/store/sqlite/index-every-dispatch.js';
import type { TransferRow } from '../../src/store/store-transfer.js';
import { type StoreLocation, testDatabaseUrl } from './store-backends.js';

/**
 * The dispatches table of a store that version 1 of the analyser wrote (exported by the code of
 * that version): `وللكويت` was indexed as `للكويت`, `وبالتالي` as `بالتال`.
 */
export const oldRows = readFileSync(new URL('../fixtures/stores/analyser-1-export.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.includes('"table":"dispatches"'))
  .map((line) => (JSON.parse(line) as { row: TransferRow }).row);

/** Writes the old rows and indexes their stored (old) terms as version 1 did, recording version 1. */
export async function writeOldStore(location: StoreLocation, backend: 'sqlite' | 'postgres'): Promise<void> {
  const stores = await location.open();
  await stores.transfer.writeRows('dispatches', oldRows);
  await stores.close();
  if (backend === 'sqlite') {
    const db = new Database(location.where);
    db.transaction(() => {
      indexEveryDispatch(db);
      db.prepare('UPDATE index_meta SET analyser_version = 1').run();
    })();
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${location.where}` });
  await client.connect();
  try {
    await indexEveryPgDispatch(client as unknown as pg.PoolClient);
    await client.query('UPDATE index_meta SET analyser_version = 1');
  } finally {
    await client.end();
  }
}
