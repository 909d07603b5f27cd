import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestFiledFirst, newestNamingAllFirst } from '../../src/answer/lead-with-newest-story.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// One rainy day told four times, in both languages: a long afternoon report (many of the question's
// words) and a short evening round-up filed later the same day; then a market report. Written for this test.
const FILED: Array<[string, string]> = [
  ['2026-02-06T12:00:00Z', `Date : 06/02/2026
Heavy rain floods Kuwait roads
KUWAIT, Feb 6 (KUNA) -- Heavy rain flooded roads across Kuwait on Friday afternoon, and the heavy rain closed two tunnels as rain kept falling on Kuwait, the Interior Ministry said. (end)
ab.cd
`],
  ['2026-02-06T12:20:00Z', `التاريخ : 06/02/2026
الكويت - 6 - 2 (كونا) -- أغرقت الأمطار الغزيرة طرقا في الكويت بعد ظهر اليوم الجمعة وأغلقت الأمطار الغزيرة نفقين مع استمرار هطول الأمطار على الكويت.(النهاية)
م ص / ع ج
`],
  ['2026-02-06T17:00:00Z', `Date : 06/02/2026
Rain eases in Kuwait by evening
KUWAIT, Feb 6 (KUNA) -- The rain eased in Kuwait by Friday evening and all roads reopened, the Interior Ministry said. (end)
ab.cd
`],
  ['2026-02-06T17:15:00Z', `التاريخ : 06/02/2026
الكويت - 6 - 2 (كونا) -- خفت الأمطار في الكويت مساء اليوم الجمعة وأعيد فتح جميع الطرق.(النهاية)
م ص / ع ج
`],
];

async function withStore<T>(run: (stores: ReturnType<typeof openStores>) => Promise<T>): Promise<T> {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    for (const [at, text] of FILED) await ingestWireBytes(stores.dispatches, { source: `wire-${at}`, bytes: Buffer.from(text) }, new Date(at));
    return await run(stores);
  } finally {
    stores.close();
  }
}

const hit = (dispatchId: string, date: string, score: number): PassageHit => ({
  dispatchId, paragraph: 0, text: dispatchId, score, date, lang: 'en', agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: dispatchId,
});

describe('newestFiledFirst', () => {
  it('orders by the day filed, then the time filed, then the score', () => {
    const filed: Record<string, string> = { a: '2026-02-06T12:00:00Z', b: '2026-02-06T17:00:00Z', c: '2026-02-05T20:00:00Z', d: '2026-02-06T17:00:00Z' };
    const ordered = newestFiledFirst([hit('a', '2026-02-06', 9), hit('c', '2026-02-05', 10), hit('b', '2026-02-06', 1), hit('d', '2026-02-06', 2)], (id) => filed[id] as string);
    expect(ordered.map((h) => h.dispatchId)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('newestNamingAllFirst', () => {
  it('counts a newer story as the newest only if it names every concept the best-matching story names', () => {
    const filed: Record<string, string> = { best: '2026-02-06T12:00:00Z', fewer: '2026-02-06T18:00:00Z', same: '2026-02-06T15:00:00Z' };
    const named: Record<string, string[]> = { best: ['fee', 'visa'], fewer: ['visa'], same: ['visa', 'fee', 'online'] };
    const ordered = newestNamingAllFirst([hit('best', '2026-02-06', 9), hit('fewer', '2026-02-06', 5), hit('same', '2026-02-06', 4)], (id) => filed[id] as string, (h) => named[h.dispatchId] as string[]);
    expect(ordered.map((h) => h.dispatchId)).toEqual(['same', 'best', 'fewer']);
  });
});

describe('"the latest" leads with the dispatch filed last, in either language and zone', () => {
  // 20:30 UTC on Friday 6 February: 23:30 in Kuwait, 20:30 in London, the same day in both.
  const now = new Date('2026-02-06T20:30:00Z');
  it.each([
    ['what is the latest on the heavy rain in Kuwait?', 'Asia/Kuwait'],
    ['latest news on the heavy rain in kuwait today', 'Europe/London'],
    ['ما آخر خبر عن الأمطار الغزيرة في الكويت؟', 'Asia/Kuwait'],
    ['شو آخر أخبار الأمطار في الكويت اليوم؟', 'Europe/London'],
  ])('%s (%s)', async (question, timeZone) => {
    const r = await withStore((stores) => retrievePassages(stores.dispatches, question, now, { timeZone }));
    expect(r.latest).toBe(true);
    // the evening round-up (either language's version) before the afternoon report that names more of the question's words
    expect(r.relevant[0]?.text).toMatch(/rain eased|خفت الأمطار/);
    expect(r.relevant.map((h) => h.text).join(' ')).toMatch(/Heavy rain flooded|أغرقت/);
  });

  it.each([
    ['what is the latest on the heavy rain in Kuwait?', 'Asia/Kuwait'],
    ['شو آخر أخبار الأمطار الغزيرة في الكويت؟', 'Europe/London'],
  ])('%s (%s): the story\'s newest dispatch in each language joins, though it no longer says "heavy"', async (question, timeZone) => {
    const r = await withStore((stores) => retrievePassages(stores.dispatches, question, now, { timeZone }));
    const texts = r.relevant.map((h) => h.text).join(' ');
    expect(texts).toMatch(/rain eased/);
    expect(texts).toMatch(/خفت الأمطار/);
  });

  it.each([
    ['what is the latest on the heavy rain in Kuwait?', 'Asia/Kuwait'],
    ['ما آخر أخبار الأمطار في الكويت؟', 'Europe/London'],
  ])('%s (%s), asked at 16:00 UTC: nothing filed after the question leads', async (question, timeZone) => {
    const r = await withStore((stores) => retrievePassages(stores.dispatches, question, new Date('2026-02-06T16:00:00Z'), { timeZone }));
    expect(r.relevant[0]?.text).toMatch(/Heavy rain flooded|أغرقت/);
    expect([...r.relevant, ...r.nearby].map((h) => h.text).join(' ')).not.toMatch(/rain eased|خفت الأمطار/);
  });

  it('a topicless "latest news" gives each story\'s newest dispatch in both languages', async () => {
    const r = await withStore((stores) => retrievePassages(stores.dispatches, 'ما آخر الأخبار؟', now, { timeZone: 'Asia/Kuwait' }));
    expect(new Set(r.relevant.map((h) => h.lang))).toEqual(new Set(['ar', 'en']));
    expect(r.relevant.map((h) => h.text).join(' ')).toMatch(/eased.*|خفت/);
    expect(r.relevant).toHaveLength(2);
  });

  it.each([
    ['ما آخر الأخبار؟', 'Asia/Kuwait'],
    ['what is the latest news?', 'Europe/London'],
  ])('%s (%s), asked at 16:00 UTC: the newest stories filed by then, nothing after', async (question, timeZone) => {
    const r = await withStore((stores) => retrievePassages(stores.dispatches, question, new Date('2026-02-06T16:00:00Z'), { timeZone }));
    const texts = r.relevant.map((h) => h.text).join(' ');
    expect(texts).toMatch(/Heavy rain flooded|أغرقت/);
    expect(texts).not.toMatch(/rain eased|خفت الأمطار/);
  });
});
