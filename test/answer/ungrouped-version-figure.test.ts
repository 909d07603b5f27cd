import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { figuresOnlyHere } from '../../src/answer/figures-only-here.js';
import { openWireStore } from '../helpers/open-wire-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-10T12:00:00Z');

// Written for this test: a library's new hall told in both languages with different facts and leads, no figure
// in common (the director named only after the lead), so the store does not group the two versions; one
// version adds how many books the hall holds.
const filed = (arabic: string, english: string) => [
  {
    date: '2026-02-10T10:00:00Z',
    text: `التاريخ : 10/02/2026
الكويت - 10 - 2 (كونا) -- افتتحت المكتبة العامة اليوم الثلاثاء قاعة جديدة للأطفال.
${arabic}(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-02-10T10:30:00Z',
    text: `Date : 10/02/2026
KUWAIT, Feb 10 (KUNA) -- Young readers got a corner of their own on Tuesday.
${english} (end)
ab.cd
`,
  },
];

/** Retrieves for `question` on the two versions and tells, for each passage offered, whether it tells a figure its story's other version does not. */
async function figuresOnlyOneTells(arabic: string, english: string, question: string) {
  const stores = await openWireStore(join(tempDir(), 'store.db'), filed(arabic, english));
  try {
    const stored = await stores.dispatches.listDispatches({ limit: 5 });
    expect(new Set(stored.map((d) => d.storyId)).size).toBe(2);
    const retrieval = await retrievePassages(stores.dispatches, question, now);
    const onlyHere = figuresOnlyHere(retrieval.dispatches);
    return [...retrieval.relevant, ...retrieval.nearby].filter(onlyHere).map((hit) => hit.text);
  } finally {
    stores.close();
  }
}

describe('a version the store left ungrouped, offered as its story’s', () => {
  it('is compared with the story’s version in the asker’s language: English question, the figure in Arabic', async () => {
    const told = await figuresOnlyOneTells('وقال مدير المكتبة فهد الشمري إن القاعة تضم 3500 كتاب.', 'Library director Fahad Al-Shammari said it would open every evening.', 'How many books are in the new hall?');
    expect(told).toEqual([expect.stringContaining('3500 كتاب')]);
  });

  it('is compared with the story’s version in the asker’s language: Arabic question, the figure in English', async () => {
    const told = await figuresOnlyOneTells('وقال مدير المكتبة فهد الشمري إن القاعة ستفتح كل مساء.', 'Library director Fahad Al-Shammari said the hall held 3,500 books.', 'كم كتاب في قاعة القراءة؟');
    expect(told).toEqual([expect.stringContaining('3,500 books')]);
  });
});
