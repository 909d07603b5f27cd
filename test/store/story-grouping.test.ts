import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

// Story grouping on language-neutral evidence (issue 12), through the real ingest and SQLite store.
// Every dispatch here is written for this test.
const tempDir = useTempDir();

async function storiesOf(texts: Array<[string, string]>, path = join(tempDir(), 'store.db')): Promise<string[]> {
  const stores = openStores(path);
  try {
    const ids: string[] = [];
    for (const [arrival, text] of texts) {
      const report = await ingestWireBytes(stores.dispatches, { source: `${ids.length}.txt`, bytes: Buffer.from(text) }, new Date(arrival));
      expect(report.rejected).toEqual([]);
      ids.push(report.dispatches[0]!.storyId);
    }
    return ids;
  } finally {
    stores.close();
  }
}

const sessionEn = (day: number, points: string, close: string, deals: string) =>
  `Date : 0${day}/03/2026\nKUWAIT, Mar ${day} (KUNA) -- The main market index gained ${points} points to close at ${close} points, with ${deals} deals done on the day.\n(end)\nab.cd\n`;
const sessionAr = (day: number, points: string, close: string, deals: string) =>
  `التاريخ : 0${day}/03/2026\nالكويت - ${day} - 3 (كونا) -- كسب مؤشر السوق الرئيسي ${points} نقطة ليغلق عند ${close} نقطة عبر ${deals} صفقة في جلسة اليوم.(النهاية)\nع ب / ج د\n`;

describe('story grouping', () => {
  it('joins the Arabic and English versions of a story on their figures (ر decimals, thousands separators)', async () => {
    const [en, ar] = await storiesOf([
      ['2026-03-02T10:00:00Z', sessionEn(2, '37.4', '7,912.6', '14,209')],
      ['2026-03-02T10:20:00Z', sessionAr(2, '37ر4', '7912ر6', '14209')],
    ]);
    expect(ar).toBe(en);
  });

  it('keeps the next day\'s session apart, though its wording is the same (negative)', async () => {
    const [monday, tuesday, tuesdayAr] = await storiesOf([
      ['2026-03-02T10:00:00Z', sessionEn(2, '37.4', '7,912.6', '14,209')],
      ['2026-03-03T10:00:00Z', sessionEn(3, '21.9', '7,934.5', '11,870')],
      ['2026-03-03T10:20:00Z', sessionAr(3, '21ر9', '7934ر5', '11870')],
    ]);
    expect(tuesday).not.toBe(monday);
    expect(tuesdayAr).toBe(tuesday);
  });

  it('does not join two stories of a day that share a figure but not a city (negative)', async () => {
    const [kuwait, cairo] = await storiesOf([
      ['2026-03-02T10:00:00Z', sessionEn(2, '37.4', '7,912.6', '14,209')],
      ['2026-03-02T11:00:00Z', 'Date : 02/03/2026\nCAIRO, Mar 2 (KUNA) -- Egypt\'s bourse index gained 37.4 points to 7,912.6 in 14,209 deals.\n(end)\nab.cd\n'],
    ]);
    expect(cairo).not.toBe(kuwait);
  });

  it('joins an unlisted name spelt in two scripts when a figure agrees too', async () => {
    const [en, ar] = await storiesOf([
      ['2026-03-04T16:00:00Z', 'Date : 04/03/2026\nKUWAIT, Mar 4 (KUNA) -- Singer Mutlaq Al-Rashidi will sing on 14 nights at the 900-seat Salwa theatre this spring, organisers said on Wednesday.\n(end)\nab.cd\n'],
      ['2026-03-04T16:30:00Z', 'التاريخ : 04/03/2026\nالكويت - 4 - 3 (كونا) -- قال المنظمون اليوم الأربعاء إن المطرب مطلق الرشيدي سيغني 14 ليلة على مسرح سلوى الذي يتسع لـ900 مقعد هذا الربيع.(النهاية)\nع ب / ج د\n'],
    ]);
    expect(ar).toBe(en);
  });

  it('joins the full dispatch to the flash that came first, so the story alerts once', async () => {
    const [flash, full, other] = await storiesOf([
      ['2026-03-05T06:00:00Z', 'URGENT -- Kuwait cabinet approves draft law on electric vehicle charging stations (KUNA)\n'],
      ['2026-03-05T06:40:00Z', 'Date : 05/03/2026\nKUWAIT, Mar 5 (KUNA) -- The Kuwaiti cabinet approved on Thursday a draft law on electric vehicle charging stations and referred it for ratification.\nThe draft sets a licence scheme for private operators.\n(end)\nab.cd\n'],
      ['2026-03-05T07:00:00Z', 'Date : 05/03/2026\nKUWAIT, Mar 5 (KUNA) -- The public authority for roads said on Thursday that resurfacing of the Fifth Ring Road would start next week.\n(end)\nab.cd\n'],
    ]);
    expect(full).toBe(flash);
    expect(other).not.toBe(flash);
  });

  it('joins an UPDATE whose lead tells something new, and not the same text unmarked', async () => {
    const first = 'Date : 06/03/2026\nKUWAIT, Mar 6 (KUNA) -- Heavy rain flooded several streets in Kuwait on Friday, the Interior Ministry said, urging drivers to stay home.\n(end)\nab.cd\n';
    const update = 'UPDATE: Classes suspended on Saturday\nKUWAIT, Mar 6 (KUNA) -- The Education Ministry suspended classes on Saturday after the heavy rain, and emergency teams answered 95 calls.\n(end)\nab.cd\n';
    const [rain, marked] = await storiesOf([['2026-03-06T08:00:00Z', first], ['2026-03-06T12:00:00Z', update]]);
    expect(marked).toBe(rain);
    const [rainAgain, unmarked] = await storiesOf([['2026-03-06T08:00:00Z', first], ['2026-03-06T12:00:00Z', update.replace('UPDATE: ', '')]]);
    expect(unmarked).not.toBe(rainAgain);
  });

  it('merges two stories a later dispatch shows to be one (a flash, its Arabic version, then the English dispatch)', async () => {
    const path = join(tempDir(), 'store.db');
    const [flash, arabic, english] = await storiesOf([
      ['2026-03-07T06:00:00Z', 'URGENT -- Kuwait reach Gulf handball championship final (KUNA)\n'],
      ['2026-03-07T06:20:00Z', 'التاريخ : 07/03/2026\nالكويت - 7 - 3 (كونا) -- تأهل منتخب الكويت لكرة اليد اليوم السبت إلى نهائي البطولة الخليجية بفوزه على عمان 31-24 وسجل منه 11 هدفا اللاعب حسين الصياد.(النهاية)\nع ب / ج د\n'],
      ['2026-03-07T06:40:00Z', 'Date : 07/03/2026\nKUWAIT, Mar 7 (KUNA) -- Kuwait beat Oman 31-24 on Saturday to reach the Gulf handball championship final, with Hussain Al-Sayyad scoring 11 goals.\n(end)\nab.cd\n'],
    ], path);
    expect(english).toBe(flash);
    const stores = openStores(path);
    const all = await stores.dispatches.listDispatches({ limit: 10 });
    stores.close();
    expect(new Set(all.map((d) => d.storyId))).toEqual(new Set([flash]));
    // Nothing tied the Arabic dispatch to the flash: it had started a story of its own, now merged.
    expect(arabic).not.toBe(flash);
  });
  it('joins the two versions of a dispatch from a city no gazetteer lists, its dateline in two scripts', async () => {
    const [ar, en] = await storiesOf([
      ['2026-03-08T08:00:00Z', 'التاريخ : 08/03/2026\nغابالا - 8 - 3 (كونا) -- افتتح وزير التجارة خالد العجمي المعرض التجاري الكويتي اليوم الأحد بمشاركة 46 شركة وبلغت قيمة العقود الموقعة 1250 ألف دولار.(النهاية)\nع ب / ج د\n'],
      ['2026-03-08T08:30:00Z', 'Date : 08/03/2026\nGABALA, Mar 8 (KUNA) -- Trade Minister Khaled Al-Ajmi opened the Kuwaiti trade fair on Sunday with 46 companies taking part, and contracts signed were worth 1,250,000 dollars.\n(end)\nab.cd\n'],
    ]);
    expect(en).toBe(ar);
  });
});
