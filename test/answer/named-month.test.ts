import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionDates, tellsOfMonth } from '../../src/answer/parse-question-dates.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
// 22:30 UTC on 31 March: already 1 April in Kuwait, still 31 March in London; a month named is no relative day.
const now = new Date('2026-03-31T22:30:00Z');

describe('a month named without a day', () => {
  it.each([
    ["What was Kuwait's inflation rate in January?", 'Asia/Kuwait', 1],
    ['how many tourists came during the month of February', 'Europe/London', 2],
    ["December's trade figures", 'Asia/Kuwait', 12],
    ['كم نسبة التضخم بالكويت لشهر يناير؟', 'Asia/Kuwait', 1],
    ['شو صار في فبراير', 'Europe/London', 2],
    ['will they march on the ministry on Friday', 'Asia/Kuwait', undefined],
    ['may the ministry raise fees', 'Europe/London', undefined],
    ['هل مارس اللاعب التدريب', 'Asia/Kuwait', undefined],
    ['what happened on 5 February', 'Europe/London', undefined],
  ])('%s (%s): month %s', (question, zone, month) => {
    expect(parseQuestionDates(question, now, zone).month).toBe(month);
  });

  it.each([
    ['Food prices climbed 4.6 percent year on year.', '2026-03-05', 12, false],
    ['Prices rose 2.4 percent in December.', '2026-03-05', 12, true],
    ['ارتفعت الأسعار 2ر1 في المئة في يناير.', '2026-03-05', 1, true],
    ['ارتفعت أسعار الغذاء 4ر6 في المئة.', '2026-03-05', 1, false],
    ['The fair opened on Sunday.', '2026-02-08', 2, true],
  ])('"%s" filed %s tells of month %s: %s', (text, filed, month, tells) => {
    expect(tellsOfMonth(text, filed, month)).toBe(tells);
  });

  it.each([
    ['Land deals worth KD 90 million in February\nLand deals reached KD 90 million in February, the ministry said.', 2, true],
    ['وزارة العدل: تداولات الأراضي 90 مليون دينار\nبلغت تداولات الأراضي في فبراير 90 مليون دينار.', 2, true],
    // the story's month is the first it names: a later one is a comparison
    ['Inflation eases to 2.1 pct in January\nPrices rose 2.1 percent in January, down from 2.4 percent in December.', 12, false],
    ['Inflation may ease in April, bank says\nThe bank expects prices to cool.', 5, false],
  ])('a paragraph naming no month, under the story "%s", tells of month %s: %s', (story, month, tells) => {
    expect(tellsOfMonth('Private plots made up half of the total.', '2026-03-16', month, story)).toBe(tells);
  });
});

// A monthly figure filed in March, its second paragraph naming no month. Written for this test.
const WIRE = `Date : 05/03/2026
Kuwait's annual inflation eases in January
KUWAIT, March 5 (KUNA) -- Kuwait's consumer prices rose 2.1 percent in January from a year earlier, down from 2.4 percent in December, the Central Statistical Bureau said on Thursday.
Food and beverage prices climbed 4.6 percent year on year, while housing costs rose 1.3 percent. (end)
ab.cd
`;

describe('retrieval with a month named', () => {
  it.each([
    ['What was the food price inflation in December?', 'Asia/Kuwait'],
    ['What was the food price inflation in December?', 'Europe/London'],
  ])('%s (%s): a figure filed later that names no month is not of that month', async (question, timeZone) => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      await ingestWireBytes(stores.dispatches, { source: 'wire', bytes: Buffer.from(WIRE) }, new Date('2026-03-05T07:00:00Z'));
      const asked = await retrievePassages(stores.dispatches, question, now, { timeZone });
      const unnamed = await retrievePassages(stores.dispatches, 'What was the food price inflation?', now, { timeZone });
      expect(asked.relevant.map((h) => h.text).join(' ')).not.toMatch(/4\.6 percent/);
      expect(unnamed.relevant.map((h) => h.text).join(' ')).toMatch(/4\.6 percent/);
    } finally {
      stores.close();
    }
  });
});
