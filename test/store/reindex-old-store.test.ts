import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect, it } from 'vitest';
import { indexEveryPgDispatch } from '../../src/store/pg/index-every-pg-dispatch.js';
import type { ReindexReport } from '../../src/store/reindex-report.js';
import { indexEveryDispatch } from '../../src/store/sqlite/index-every-dispatch.js';
import type { TransferRow } from '../../src/store/store-transfer.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import { ANALYSER_VERSION } from '../../src/text/analyser-version.js';
import { describeStores, type StoreLocation, testDatabaseUrl } from '../helpers/store-backends.js';

/**
 * The dispatches table of a store that version 1 of the analyser wrote (exported by the code of
 * that version): `وللكويت` was indexed as `للكويت`, `وبالتالي` as `بالتال`.
 */
const oldRows = readFileSync(new URL('../fixtures/stores/analyser-1-export.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.includes('"table":"dispatches"'))
  .map((line) => (JSON.parse(line) as { row: TransferRow }).row);

/** Writes the old rows and indexes their stored (old) terms as version 1 did, recording version 1. */
async function writeOldStore(location: StoreLocation, backend: 'sqlite' | 'postgres'): Promise<void> {
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

describeStores('re-index of a store written by an older analyser', (backend) => {
  it('rebuilds the index from the stored text on open, once, and search then finds the new forms', async () => {
    const location = backend.fresh();
    await writeOldStore(location, backend.name);
    const reports: ReindexReport[] = [];
    const stores = await location.open({ onReindexed: (report) => reports.push(report) });
    expect(reports).toEqual([{ from: 1, to: ANALYSER_VERSION, dispatches: 1, ms: expect.any(Number) }]);
    const terms = new Map((await stores.dispatches.listTerms!()).map(({ term, documents }) => [term, documents]));
    expect(terms.get('كويت')).toBe(1);
    expect(terms.has('للكويت')).toBe(false);
    expect(terms.has('بالتال')).toBe(false);
    const [hit] = await searchDispatches(stores.dispatches, 'بالتالي', 5);
    expect(hit?.id).toBe(oldRows[0]!.id);
    const dispatch = await stores.dispatches.getDispatch(oldRows[0]!.id as string);
    expect(dispatch?.storyId).toBe(oldRows[0]!.story_id);
    await stores.close();

    const again: ReindexReport[] = [];
    await location.open({ onReindexed: (report) => again.push(report) });
    expect(again).toEqual([]);
  });

  it('finds nothing under the new forms before the re-index (the fixture is the old analyser’s)', async () => {
    const location = backend.fresh();
    await writeOldStore(location, backend.name);
    if (backend.name === 'sqlite') {
      const db = new Database(location.where, { readonly: true });
      const count = (term: string) => db.prepare<[string], number>('SELECT documents FROM term_documents WHERE term = ?').pluck().get(term) ?? 0;
      expect([count('للكويت'), count('بالتال'), count('تال')]).toEqual([1, 1, 0]);
      db.close();
      return;
    }
    const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${location.where}` });
    await client.connect();
    try {
      const { rows } = await client.query<{ term: string }>("SELECT term FROM term_documents WHERE term IN ('للكويت', 'بالتال', 'تال') ORDER BY term");
      expect(rows.map((r) => r.term).sort()).toEqual(['بالتال', 'للكويت']);
    } finally {
      await client.end();
    }
  });

  it('records the current version on a new store without a re-index', async () => {
    const reports: ReindexReport[] = [];
    const stores = await backend.fresh().open({ onReindexed: (report) => reports.push(report) });
    expect(reports).toEqual([]);
    expect(await stores.dispatches.countDispatches()).toBe(0);
  });
});
