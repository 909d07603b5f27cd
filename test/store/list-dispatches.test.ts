import { expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { listFiledSql } from '../../src/store/filed-dispatch-row.js';
import { listDispatchesSql } from '../../src/store/list-dispatches-sql.js';
import { openStores } from '../../src/store/open-stores.js';
import { arabicWire, englishWire } from '../helpers/kuna-wire.js';
import { describeStores } from '../helpers/store-backends.js';
import { useTempDir } from '../helpers/temp-dir.js';

const now = new Date('2026-03-12T08:00:00Z');

const english = (day: number, lead: string) => englishWire(3, day, lead);
const arabic = (day: number, lead: string) => arabicWire(3, day, lead);

/** Six dispatches over three days, both languages, filed in this order. */
const filed = [
  english(8, 'The port authority opened a grain silo holding 40,000 tonnes on Sunday.'),
  arabic(9, 'افتتحت هيئة الموانئ اليوم الاثنين رصيفا جديدا لسفن الحاويات بطول 300 متر.'),
  english(9, 'The health ministry began a school dental screening drive in Hawalli on Monday.'),
  english(9, 'The port authority said the new container berth is 300 metres long.'),
  arabic(10, 'أعلنت وزارة الكهرباء اليوم الثلاثاء خطة صيانة لمحطات التحويل تستمر أسبوعين.'),
  english(10, 'The electricity ministry announced a two-week maintenance plan for substations on Tuesday.'),
];

describeStores('listing dispatches', (backend) => {
  it('keeps every filter and their combinations, newest day first and the later filed first within a day', async () => {
    const stores = await backend.fresh().open();
    const ids: string[] = [];
    for (const [index, bytes] of filed.entries()) ids.push((await ingestWireBytes(stores.dispatches, { source: `list-${index}.txt`, bytes }, now)).dispatches[0]!.id);
    const list = async (query: Parameters<typeof stores.dispatches.listDispatches>[0]) => (await stores.dispatches.listDispatches(query)).map((d) => ids.indexOf(d.id));
    expect(await list({ limit: 10 })).toEqual([5, 4, 3, 2, 1, 0]);
    expect(await list({ limit: 2 })).toEqual([5, 4]);
    expect(await list({ since: '2026-03-09', limit: 10 })).toEqual([5, 4, 3, 2, 1]);
    expect(await list({ until: '2026-03-09', limit: 10 })).toEqual([3, 2, 1, 0]);
    expect(await list({ since: '2026-03-09', until: '2026-03-09', lang: 'en', limit: 10 })).toEqual([3, 2]);
    expect(await list({ since: '2026-03-09', until: '2026-03-09', lang: 'en', limit: 1 })).toEqual([3]);
    expect(await list({ lang: 'ar', limit: 10 })).toEqual([4, 1]);
    expect(await list({ since: '2026-03-10', until: '2026-03-08', limit: 10 })).toEqual([]);
    const [story] = await stores.dispatches.getDispatches([ids[0]!]);
    expect(await list({ storyId: story!.storyId, since: '2026-03-08', until: '2026-03-10', lang: 'en', limit: 10 })).toEqual([0]);
    expect(await list({ storyId: story!.storyId, since: '2026-03-09', limit: 10 })).toEqual([]);
    expect(await list({ storyId: story!.storyId, lang: 'ar', limit: 10 })).toEqual([]);
    // As filed: the same dispatches in the same order, with what tells whether one may be another's version.
    for (const query of [
      { since: '2026-03-08', until: '2026-03-10', lang: 'en' as const, limit: 10 },
      { since: '2026-03-09', until: '2026-03-10', lang: 'en' as const, limit: 2 },
      { since: '2026-03-08', until: '2026-03-10', lang: 'ar' as const, limit: 10 },
      { since: '2026-03-10', until: '2026-03-08', lang: 'ar' as const, limit: 10 },
    ]) {
      const summaries = await stores.dispatches.listDispatches(query);
      expect(await stores.dispatches.listFiled(query)).toEqual(summaries.map(({ id, storyId, lang, date, urgent, dateline }) => ({ id, storyId, lang, date, urgent, dateline })));
    }
    expect((await stores.dispatches.listFiled({ since: '2026-03-08', until: '2026-03-10', lang: 'en', limit: 10 })).map((d) => ids.indexOf(d.id))).toEqual([5, 3, 2, 0]);
    const [summary] = await stores.dispatches.listDispatches({ since: '2026-03-10', lang: 'ar', limit: 1 });
    expect(summary).toEqual({
      id: ids[4], date: '2026-03-10', lang: 'ar', agency: 'KUNA', dateline: { city: 'الكويت', day: 10, month: 3 },
      headline: expect.any(String), urgent: false, storyId: expect.any(String), ingestedAt: now.toISOString(),
    });
  });
});

it('writes only the filters a listing sets, so a store can use its date and story indexes', () => {
  const sqlite = listDispatchesSql({ since: '2026-03-09', until: '2026-03-11', lang: 'en', limit: 1000 }, () => '?');
  expect(sqlite.sql).toMatch(/WHERE date >= \? AND date <= \? AND lang = \? ORDER BY date DESC, seq DESC LIMIT \?$/);
  expect(sqlite.sql).not.toMatch(/IS NULL|SELECT \*/);
  expect(sqlite.params).toEqual(['2026-03-09', '2026-03-11', 'en', 1000]);
  const pg = listDispatchesSql({ storyId: 's1', limit: 20 }, (index) => `$${index}`);
  expect(pg.sql).toMatch(/WHERE story_id = \$1 ORDER BY date DESC, seq DESC LIMIT \$2$/);
  expect(pg.params).toEqual(['s1', 20]);
  expect(listDispatchesSql({ limit: 5 }, () => '?').sql).not.toContain('WHERE');
});

const tempDir = useTempDir();

it('on SQLite, finds a few days of a store through the date index instead of reading every newer dispatch, and lists them as filed from an index alone', async () => {
  const path = `${tempDir()}/plan.db`;
  const stores = openStores(path);
  await stores.close();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path, { readonly: true });
  try {
    const { sql, params } = listDispatchesSql({ since: '2026-03-09', until: '2026-03-11', lang: 'en', limit: 1000 }, () => '?');
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join(' | ')).toMatch(/SEARCH dispatches USING INDEX dispatches_(?:by_date|filed) \((?:lang=\? AND )?date>\? AND date<\?\)/);
    const filed = db.prepare(`EXPLAIN QUERY PLAN ${listFiledSql(() => '?')}`).all('en', '2026-03-09', '2026-03-11', 1000) as Array<{ detail: string }>;
    expect(filed.map((row) => row.detail).join(' | ')).toMatch(/SEARCH dispatches USING COVERING INDEX dispatches_filed \(lang=\? AND date>\? AND date<\?\)/);
  } finally {
    db.close();
  }
});
