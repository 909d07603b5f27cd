import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import type { ReindexReport } from '../../src/store/reindex-report.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A dispatch written for this test: its figure and its speaker only in the third paragraph. */
const wire = Buffer.from(
  'Date : 02/03/2026\nKUWAIT, March 2 (KUNA) -- A fire broke out in a tyre store on Monday morning, firefighters said.\n' +
    'Crews from four stations took part.\n' +
    'Kuwait Fire Force spokesman Mohammad Al-Ghareeb said 350 tyres burnt.\n(end)\nast.xb\n',
);

it('re-derives the story keys of a store written by analyser version 2 from the whole dispatch on open; its story stays', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirebrief-story-keys-'));
  dirs.push(dir);
  const path = join(dir, 'store.db');
  const stores = openStores(path);
  const [stored] = (await ingestWireBytes(stores.dispatches, { source: 'fire', bytes: wire }, new Date('2026-03-02T08:00:00Z'))).dispatches;
  await stores.close();
  // What version 2 stored: the keys of the headline and lead only (here none).
  const old = new Database(path);
  old.prepare("UPDATE dispatches SET number_keys = '[]', name_keys = '[]'").run();
  old.prepare('UPDATE index_meta SET analyser_version = 2').run();
  old.close();

  const reports: ReindexReport[] = [];
  const reopened = openStores(path, { onReindexed: (report) => reports.push(report) });
  expect(reports.map((r) => r.from)).toEqual([2]);
  expect((await reopened.dispatches.getDispatch(stored!.id))?.storyId).toBe(stored!.storyId);
  await reopened.close();
  const db = new Database(path, { readonly: true });
  const row = db.prepare<[], { number_keys: string; name_keys: string }>('SELECT number_keys, name_keys FROM dispatches').get();
  db.close();
  expect(JSON.parse(row!.number_keys)).toContain('350');
  expect(JSON.parse(row!.name_keys)).toContain('GRB');
});
