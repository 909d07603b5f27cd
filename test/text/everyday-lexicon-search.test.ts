import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { loadGazetteer } from '../../src/text/gazetteer.js';
import { affairsLexiconBlocks } from '../../src/text/wire-lexicon-affairs-data.js';
import { wireLexiconLines } from '../../src/text/wire-lexicon-data.js';
import { economyLexiconBlocks } from '../../src/text/wire-lexicon-economy-data.js';
import { societyLexiconBlocks } from '../../src/text/wire-lexicon-society-data.js';
import { expectOnlyStoryFound, expectPairOnlyJoinedNow } from '../helpers/lexicon-pair.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-20T12:00:00Z');

const arabic = (day: number, lead: string): string => `التاريخ : ${day}/05/2026
الكويت - ${day} - 5 (كونا) -- ${lead}(النهاية)
م ص / ع ج
`;
const english = (day: number, lead: string): string => `Date : ${day}/05/2026
KUWAIT, May ${day} (KUNA) -- ${lead} (end)
ab.cd
`;

// Written for this test: each story told in one language only, in words no earlier list (the first
// list, the earlier general blocks, the gazetteer) holds; one everyday block joins each pair.
const STORIES = {
  markets: arabic(4, 'وصلت إلى سوق المباركية صباح اليوم الاثنين 40 طنا من الروبيان المحلي مع بدء موسم الصيد.'),
  animals: english(5, 'Some 300 horses from nine countries will take part in the show jumping week at the Sabah Al-Ahmad arena, the organisers said on Tuesday.'),
  getting: english(6, 'Congestion on the Fifth Ring Road eased by 20 percent after two lanes reopened on Wednesday, the roads authority said.'),
  customs: arabic(7, 'أحبطت الإدارة العامة للجمارك اليوم الخميس محاولة تهريب 80 ألف علبة عبر منفذ النويصيب.'),
  services: arabic(12, 'ألزمت البلدية اليوم الثلاثاء ملاك البنايات بإخطار المستأجرين كتابيا قبل ثلاثة أشهر من أي تغيير في العقد.'),
  care: english(14, 'Average waiting at the Adan outpatient clinics fell to 35 minutes after evening shifts were added on Thursday, the health ministry said.'),
  consumer: arabic(18, 'سجلت وزارة التجارة اليوم الاثنين 620 من الشكاوى ضد محلات بيع الهواتف خلال ثلاثة أشهر.'),
};

/** [block, the reader's word, the word the other-language story is written with, the story's language] */
const PAIRS = [
  ['markets', 'shrimp', 'الروبيان', 'ar'],
  ['animals', 'الخيول', 'horses', 'en'],
  ['getting', 'زحمة', 'Congestion', 'en'],
  ['customs', 'smuggling', 'تهريب', 'ar'],
  ['services', 'tenants', 'المستأجرين', 'ar'],
  ['care', 'الانتظار', 'waiting', 'en'],
  ['consumer', 'complaints', 'الشكاوى', 'ar'],
] as const;

async function store() {
  const stores = openStores(join(tempDir(), 'store.db'));
  for (const [source, text] of Object.entries(STORIES)) await ingestWireBytes(stores.dispatches, { source, bytes: Buffer.from(text) }, now);
  return stores;
}

describe('the everyday lexicon blocks join a reader’s word to the other language’s wire word', () => {
  it.each(PAIRS)('%s: %s, a pair no earlier list holds, joined now', (_block, asked, written) => {
    const earlier = [wireLexiconLines, ...Object.values({ ...affairsLexiconBlocks, ...economyLexiconBlocks, ...societyLexiconBlocks })].join('\n');
    expectPairOnlyJoinedNow([...loadGazetteer().entries.flatMap((e) => [...e.ar, ...e.en]), ...earlier.split(/[|;\n]/)], asked, written);
  });

  it.each(PAIRS)('%s: %s finds the story told only in the other language', async (_block, asked, written, lang) => {
    const stores = await store();
    try {
      await expectOnlyStoryFound(stores.dispatches, asked, written, lang);
    } finally {
      stores.close();
    }
  });
});
