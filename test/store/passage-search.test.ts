import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { createSqlitePassageSearch } from '../../src/store/sqlite/search-sqlite-passages.js';
import { createTermDocuments } from '../../src/store/sqlite/term-documents.js';
import { openStores } from '../../src/store/open-stores.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-10T12:00:00Z');

function wire(day: number, lead: string): Buffer {
  const dd = String(day).padStart(2, '0');
  return Buffer.from(`Date : ${dd}/02/2026\nKUWAIT, Feb ${day} (KUNA) -- ${lead}\n(end)\nast.xb\n`);
}

/** Five dispatches on OPEC, stored oldest first; the oldest names OPEC most. */
async function opecStore(path = join(tempDir(), 'store.db')) {
  const stores = openStores(path);
  const first = await ingestWireBytes(stores.dispatches, { source: 'a', bytes: wire(1, 'OPEC ministers met; OPEC kept OPEC output steady, OPEC said.') }, now);
  for (const [index, day] of [2, 3, 4, 5].entries()) {
    const lead = `Ministers from OPEC and other producers discussed markets, energy demand and investment in round ${index}.`;
    await ingestWireBytes(stores.dispatches, { source: `b${day}`, bytes: wire(day, lead) }, now);
  }
  return Object.assign(stores, { firstId: first.dispatches[0]!.id });
}

describe('passage search on SQLite', () => {
  it('ranks by BM25 over every match while they fit the window', async () => {
    const stores = await opecStore();
    const hits = await stores.dispatches.searchPassages(expandQuery('OPEC'), { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]!.date).toBe('2026-02-01');
    stores.close();
  });

  it('ranks only the newest matches when more match than the window holds', async () => {
    const stores = await opecStore();
    const search = createSqlitePassageSearch(stores.db, createTermDocuments(stores.db), 3);
    const dates = search(expandQuery('OPEC'), { limit: 5 }).map((hit) => hit.date);
    expect(dates.sort()).toEqual(['2026-02-03', '2026-02-04', '2026-02-05']);
    stores.close();
  });

  it('keeps each term’s document count equal to the index’s, through versions', async () => {
    const stores = await opecStore();
    const vocabulary = stores.db.prepare('SELECT term, doc FROM dispatch_term_counts ORDER BY term');
    const counted = stores.db.prepare('SELECT term, documents AS doc FROM term_documents WHERE documents > 0 ORDER BY term');
    expect(counted.all()).toEqual(vocabulary.all());
    expect(stores.db.prepare("SELECT documents FROM term_documents WHERE term = 'opec'").pluck().get()).toBe(5);
    // A re-ingest is a duplicate: counted once.
    await ingestWireBytes(stores.dispatches, { source: 'a', bytes: wire(1, 'OPEC ministers met; OPEC kept OPEC output steady, OPEC said.') }, now);
    expect(counted.all()).toEqual(vocabulary.all());
    // A correction replaces the first: the old one leaves the index and the counts.
    const fixed = await ingestWireBytes(stores.dispatches, { source: 'a2', bytes: wire(1, 'OPEC ministers met and kept output steady.') }, now);
    const steady = stores.db.prepare("SELECT documents FROM term_documents WHERE term = 'steady'").pluck();
    expect(steady.get()).toBe(2);
    await stores.dispatches.supersede(stores.firstId, fixed.dispatches[0]!.id, 'correction', now);
    expect(steady.get()).toBe(1);
    expect(counted.all()).toEqual(vocabulary.all());
    stores.close();
  });

  it('returns the same hits after the index is merged', async () => {
    const stores = await opecStore();
    const before = await stores.dispatches.searchPassages(expandQuery('OPEC energy investment'), { limit: 10 });
    await stores.dispatches.optimiseIndex();
    expect(await stores.dispatches.searchPassages(expandQuery('OPEC energy investment'), { limit: 10 })).toEqual(before);
    stores.close();
  });
});

describe('migration 012 on a store built before it', () => {
  it('counts each term’s documents from the existing index', async () => {
    const path = join(tempDir(), 'store.db');
    (await opecStore(path)).close();
    // Take the store back to version 11: no counts table, no record of 012.
    const db = new Database(path);
    db.exec('DROP TABLE term_documents; DELETE FROM schema_migrations WHERE version = 12');
    db.close();
    const stores = openStores(path);
    const counted = stores.db.prepare('SELECT term, documents AS doc FROM term_documents ORDER BY term').all();
    expect(counted.length).toBeGreaterThan(10);
    expect(counted).toEqual(stores.db.prepare('SELECT term, doc FROM dispatch_term_counts ORDER BY term').all());
    stores.close();
  });
});
