import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { searchPassages } from '../../src/search/search-passages.js';
import type { Stores } from '../../src/store/open-stores.js';
import { openStores } from '../../src/store/open-stores.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { describeStores } from '../helpers/store-backends.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-10T12:00:00Z');

function wire(day: number, lead: string): Buffer {
  const dd = String(day).padStart(2, '0');
  return Buffer.from(`Date : ${dd}/02/2026\nKUWAIT, Feb ${day} (KUNA) -- ${lead}\n(end)\nast.xb\n`);
}

/** Five dispatches on OPEC, stored oldest first; the oldest names OPEC most. */
async function addOpec(stores: Stores) {
  const first = await ingestWireBytes(stores.dispatches, { source: 'a', bytes: wire(1, 'OPEC ministers met; OPEC kept OPEC output steady, OPEC said.') }, now);
  for (const [index, day] of [2, 3, 4, 5].entries()) {
    const lead = `Ministers from OPEC and other producers discussed markets, energy demand and investment in round ${index}.`;
    await ingestWireBytes(stores.dispatches, { source: `b${day}`, bytes: wire(day, lead) }, now);
  }
  return first.dispatches[0]!.id;
}

async function documents(stores: Stores, term: string): Promise<number> {
  return (await stores.dispatches.termStatistics([term])).documents.get(term) ?? -1;
}

describeStores('passage search', (backend) => {
  it('ranks by BM25 over every match while they fit the window', async () => {
    const stores = await backend.fresh().open();
    await addOpec(stores);
    const hits = await stores.dispatches.searchPassages(expandQuery('OPEC'), { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]!.date).toBe('2026-02-01');
  });

  it('ranks only the newest matches when more match than the window holds', async () => {
    const stores = await backend.fresh().open();
    await addOpec(stores);
    const dates = (await searchPassages(stores.dispatches, expandQuery('OPEC'), { limit: 5 }, 3)).map((hit) => hit.date);
    expect(dates.sort()).toEqual(['2026-02-03', '2026-02-04', '2026-02-05']);
  });

  it('names every concept first, then fills up with dispatches naming some; filters by date and language', async () => {
    const stores = await backend.fresh().open();
    await addOpec(stores);
    const hits = await stores.dispatches.searchPassages(expandQuery('OPEC steady'), { limit: 5 });
    expect(hits[0]!.date).toBe('2026-02-01');
    expect(hits.map((h) => h.date)).toHaveLength(5);
    const dated = await stores.dispatches.searchPassages(expandQuery('OPEC'), { limit: 5, since: '2026-02-03', until: '2026-02-04' });
    expect(dated.map((h) => h.date).sort()).toEqual(['2026-02-03', '2026-02-04']);
    expect(await stores.dispatches.searchPassages(expandQuery('OPEC'), { limit: 5, lang: 'ar' })).toEqual([]);
    expect(await stores.dispatches.searchPassages(expandQuery('what is it?'), { limit: 5 })).toEqual([]);
  });

  it('filters by date and language whatever order the dispatches were stored in', async () => {
    const stores = await backend.fresh().open();
    // Filed out of date order: the 5th first, then the 1st, the 3rd and the 2nd, so no range of seqs is a range of days.
    for (const day of [5, 1, 3, 2]) {
      await ingestWireBytes(stores.dispatches, { source: `d${day}`, bytes: wire(day, `OPEC ministers met on the ${day}th to review output and prices.`) }, now);
    }
    const dates = async (since: string | undefined, until: string | undefined, lang?: 'ar' | 'en') =>
      (await stores.dispatches.searchPassages(expandQuery('OPEC output'), { limit: 10, ...(since ? { since } : {}), ...(until ? { until } : {}), ...(lang ? { lang } : {}) }))
        .map((hit) => hit.date)
        .sort();
    expect(await dates('2026-02-01', '2026-02-01')).toEqual(['2026-02-01']);
    expect(await dates('2026-02-02', '2026-02-03', 'en')).toEqual(['2026-02-02', '2026-02-03']);
    expect(await dates('2026-02-03', undefined)).toEqual(['2026-02-03', '2026-02-05']);
    expect(await dates(undefined, '2026-02-02')).toEqual(['2026-02-01', '2026-02-02']);
    expect(await dates('2026-02-06', '2026-02-09')).toEqual([]);
    expect(await dates('2026-02-01', '2026-02-05', 'ar')).toEqual([]);
    expect(await dates(undefined, undefined, 'en')).toEqual(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-05']);
  });

  it('keeps each term’s document count through duplicates and versions', async () => {
    const stores = await backend.fresh().open();
    const firstId = await addOpec(stores);
    expect(await documents(stores, 'opec')).toBe(5);
    // A re-ingest is a duplicate: counted once.
    await ingestWireBytes(stores.dispatches, { source: 'a', bytes: wire(1, 'OPEC ministers met; OPEC kept OPEC output steady, OPEC said.') }, now);
    expect(await documents(stores, 'opec')).toBe(5);
    // A correction replaces the first: the old one leaves the index and the counts.
    const fixed = await ingestWireBytes(stores.dispatches, { source: 'a2', bytes: wire(1, 'OPEC ministers met and kept output steady.') }, now);
    expect(await documents(stores, 'steady')).toBe(2);
    expect(await documents(stores, 'opec')).toBe(6);
    await stores.dispatches.supersede(firstId, fixed.dispatches[0]!.id, 'correction', now);
    expect(await documents(stores, 'steady')).toBe(1);
    expect(await documents(stores, 'opec')).toBe(5);
    const hits = await stores.dispatches.searchPassages(expandQuery('steady'), { limit: 5 });
    expect(hits.map((h) => h.dispatchId)).toEqual([fixed.dispatches[0]!.id]);
  });

  it('returns the same hits after the index is merged', async () => {
    const stores = await backend.fresh().open();
    await addOpec(stores);
    const before = await stores.dispatches.searchPassages(expandQuery('OPEC energy investment'), { limit: 10 });
    await stores.dispatches.optimiseIndex();
    expect(await stores.dispatches.searchPassages(expandQuery('OPEC energy investment'), { limit: 10 })).toEqual(before);
  });
});

describe('term document counts on SQLite', () => {
  const vocabulary = (path: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return {
        index: db.prepare('SELECT term, doc FROM dispatch_term_counts ORDER BY term').all(),
        counted: db.prepare('SELECT term, documents AS doc FROM term_documents WHERE documents > 0 ORDER BY term').all(),
      };
    } finally {
      db.close();
    }
  };

  it('equal the FTS5 index’s own, through versions', async () => {
    const path = join(tempDir(), 'store.db');
    const stores = openStores(path);
    const firstId = await addOpec(stores);
    const fixed = await ingestWireBytes(stores.dispatches, { source: 'a2', bytes: wire(1, 'OPEC ministers met and kept output steady.') }, now);
    await stores.dispatches.supersede(firstId, fixed.dispatches[0]!.id, 'correction', now);
    const { index, counted } = vocabulary(path);
    expect(counted).toEqual(index);
    await stores.close();
  });

  it('are counted by migration 012 from a store built before it', async () => {
    const path = join(tempDir(), 'store.db');
    const built = openStores(path);
    await addOpec(built);
    await built.close();
    // Take the store back to version 11: no counts table, no record of 012.
    const db = new Database(path);
    db.exec('DROP TABLE term_documents; DELETE FROM schema_migrations WHERE version = 12');
    db.close();
    await openStores(path).close();
    const { index, counted } = vocabulary(path);
    expect(counted.length).toBeGreaterThan(10);
    expect(counted).toEqual(index);
  });
});
