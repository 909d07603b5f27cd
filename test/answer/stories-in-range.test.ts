import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// A scheme announced on Sunday 5 April in both languages, its update three days later in English only,
// and other news those days. Written for this test.
const FILED: Array<[string, string]> = [
  ['2026-04-05T08:00:00Z', `Date : 05/04/2026
Ahmadi Governorate to lend bicycles free of charge along the coast
AHMADI, April 5 (KUNA) -- Ahmadi Governorate will lend bicycles free of charge at four stations along the Fintas coast from Wednesday, the governorate said on Sunday.
Projects director Hamad Al-Dosari said each resident could borrow a bicycle for two hours on showing a civil ID card. (end)
ab.cd
`],
  ['2026-04-05T08:20:00Z', `التاريخ : 05/04/2026
الأحمدي - 5 - 4 (كونا) -- أعلنت محافظة الأحمدي اليوم الأحد أنها ستعير الدراجات الهوائية مجانا في أربع محطات على ساحل الفنطاس ابتداء من يوم الأربعاء.
وقال مدير إدارة المشاريع حمد الدوسري إن لكل مقيم أن يستعير دراجة لمدة ساعتين عند إبراز البطاقة المدنية.(النهاية)
م ص / ع ج
`],
  ['2026-04-08T09:00:00Z', `Date : 08/04/2026
Kuwait Airways adds weekly flights to Trabzon for summer
KUWAIT, April 8 (KUNA) -- Kuwait Airways will add three weekly flights to Trabzon from June 1 for the summer season, the carrier said on Wednesday. (end)
ab.cd
`],
  ['2026-04-08T15:00:00Z', `Date : 08/04/2026
UPDATE: Ahmadi coast scheme lends 350 bicycles on first day
AHMADI, April 8 (KUNA) -- Residents borrowed 350 bicycles on the first day of the Fintas coast scheme on Wednesday, and the stations will stay open until sunset every day, Ahmadi Governorate's projects director Hamad Al-Dosari said. (end)
ab.cd
`],
  ['2026-04-07T10:00:00Z', `التاريخ : 07/04/2026
الكويت - 7 - 4 (كونا) -- أعلنت الخطوط الجوية الكويتية اليوم الثلاثاء إضافة ثلاث رحلات أسبوعية إلى طرابزون ابتداء من الأول من يونيو.(النهاية)
م ص / ع ج
`],
];

async function retrieve(question: string, now: Date, timeZone: string) {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    for (const [at, text] of FILED) await ingestWireBytes(stores.dispatches, { source: `wire-${at}`, bytes: Buffer.from(text) }, new Date(at));
    return await retrievePassages(stores.dispatches, question, now, { timeZone });
  } finally {
    stores.close();
  }
}

describe('a dated question finds its story in any time, then the story\'s dispatch of the day asked in either language', () => {
  // 02:00 UTC on Thursday 9 April: 05:00 on the 9th in Kuwait (yesterday the 8th), 22:00 on the 8th in New York (yesterday the 7th).
  const now = new Date('2026-04-09T02:00:00Z');

  it('asked in Arabic about yesterday in Kuwait, the English update of that day answers', async () => {
    const r = await retrieve('شو قالت محافظة الأحمدي أمس عن الدراجات؟', now, 'Asia/Kuwait');
    expect(r.relevant.map((h) => h.text).join(' ')).toMatch(/350 bicycles/);
    expect(r.relevant.every((h) => h.date === '2026-04-08')).toBe(true);
  });

  it('asked in English about yesterday in Kuwait, the update answers', async () => {
    const r = await retrieve('what happened with the Ahmadi bicycles yesterday?', now, 'Asia/Kuwait');
    expect(r.relevant.map((h) => h.text).join(' ')).toMatch(/350 bicycles/);
  });

  it('the same Arabic question asked in New York means the 7th, which holds nothing of the story: nothing relevant', async () => {
    const r = await retrieve('شو قالت محافظة الأحمدي أمس عن الدراجات؟', now, 'America/New_York');
    expect(r.relevant).toEqual([]);
  });
});
