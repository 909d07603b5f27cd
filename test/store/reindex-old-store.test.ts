import Database from 'better-sqlite3';
import pg from 'pg';
import { expect, it } from 'vitest';
import type { ReindexReport } from '../../src/store/reindex-report.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import { ANALYSER_VERSION } from '../../src/text/analyser-version.js';
import { oldRows, writeOldStore } from '../helpers/old-analyser-store.js';
import { describeStores, testDatabaseUrl } from '../helpers/store-backends.js';

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
