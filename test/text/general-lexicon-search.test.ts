import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { loadGazetteer } from '../../src/text/gazetteer.js';
import { wireLexiconLines } from '../../src/text/wire-lexicon-data.js';
import { expectOnlyStoryFound, expectPairOnlyJoinedNow } from '../helpers/lexicon-pair.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-04T12:00:00Z');

// Written for this test: each story told in one language only, in words the first list
// (wire-lexicon-data.ts) and the gazetteer do not hold; the general blocks join them.
const ARABIC_PHARMACIES = `التاريخ : 03/03/2026
الكويت - 3 - 3 (كونا) -- افتتحت وزارة الصحة اليوم الثلاثاء 12 صيدلية جديدة تعمل على مدار الساعة في مناطق الجهراء والأحمدي.(النهاية)
م ص / ع ج
`;
const ENGLISH_FUEL = `Date : 03/03/2026
AMMAN, March 3 (KUNA) -- Jordan will keep fuel prices unchanged in March after a monthly review, officials said on Tuesday. (end)
ab.cd
`;
const ARABIC_RECYCLING = `التاريخ : 04/03/2026
الكويت - 4 - 3 (كونا) -- أطلقت البلدية اليوم الأربعاء مشروعا لإعادة تدوير 300 طن من الإطارات المستعملة شهريا في منطقة الصليبية.(النهاية)
م ص / ع ج
`;
const ARABIC_MISSILES = `التاريخ : 05/03/2026
عمان - 5 - 3 (كونا) -- اعترضت الدفاعات الجوية اليوم الخميس ثلاثة صواريخ أطلقت باتجاه منطقة حدودية دون وقوع إصابات.(النهاية)
م ص / ع ج
`;
const ENGLISH_HOTELS = `Date : 04/03/2026
DUBAI, March 4 (KUNA) -- Nine new hotels opened along the coast this winter, bringing the total number of rooms to 2,400, the tourism board said on Wednesday. (end)
ab.cd
`;

/** [the reader's word, the word the other-language story is written with, the story's language] */
const PAIRS = [
  ['pharmacies', 'صيدلية', 'ar'],
  ['الوقود', 'fuel', 'en'],
  ['recycling', 'تدوير', 'ar'],
  ['الفنادق', 'hotels', 'en'],
  ['missiles', 'صواريخ', 'ar'],
] as const;

async function store() {
  const stores = openStores(join(tempDir(), 'store.db'));
  for (const [source, text] of Object.entries({ ARABIC_PHARMACIES, ENGLISH_FUEL, ARABIC_RECYCLING, ENGLISH_HOTELS, ARABIC_MISSILES })) {
    await ingestWireBytes(stores.dispatches, { source, bytes: Buffer.from(text) }, now);
  }
  return stores;
}

describe('the general lexicon blocks join a reader’s word to the other language’s wire word', () => {
  it.each(PAIRS)('%s: a pair neither the first list nor the gazetteer holds, joined now', (asked, written) => {
    expectPairOnlyJoinedNow([...loadGazetteer().entries.flatMap((e) => [...e.ar, ...e.en]), ...wireLexiconLines.split(/[|;\n]/)], asked, written);
  });

  it.each(PAIRS)('%s: finds the story told only in the other language', async (asked, written, lang) => {
    const stores = await store();
    try {
      await expectOnlyStoryFound(stores.dispatches, asked, written, lang);
    } finally {
      stores.close();
    }
  });
});
