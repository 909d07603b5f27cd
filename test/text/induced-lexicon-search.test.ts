import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { loadInducedLexicon, loadUpToDateInducedLexicon } from '../../src/search/load-induced-lexicon.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import { openStores } from '../../src/store/open-stores.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { loadGazetteer } from '../../src/text/gazetteer.js';
import { loadWireLexicon } from '../../src/text/wire-lexicon.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: two stories told in both languages that say "beach" (الشاطئ), which no
// list holds, then a third told only in Arabic.
const wire = (date: string, text: string) => ({ date, text });
const STORIES = [
  wire('2026-02-08T10:00:00Z', `Date : 08/02/2026
KUWAIT, Feb 8 (KUNA) -- Some 1,250 volunteers cleaned the beach in Salmiya on Sunday and collected 340 bags of plastic waste, the Environment Public Authority said. (end)
ab.cd
`),
  wire('2026-02-08T10:20:00Z', `التاريخ : 08/02/2026
الكويت - 8 - 2 (كونا) -- نظف 1250 متطوعا الشاطئ في السالمية اليوم الأحد وجمعوا 340 كيسا من النفايات البلاستيكية بحسب الهيئة العامة للبيئة.(النهاية)
م ص / ع ج
`),
  wire('2026-02-09T10:00:00Z', `Date : 09/02/2026
KUWAIT, Feb 9 (KUNA) -- The beach in Fintas was closed to swimmers along 2.5 kilometres on Monday after 420 jellyfish were sighted near the shore, the municipality said. (end)
ab.cd
`),
  wire('2026-02-09T10:20:00Z', `التاريخ : 09/02/2026
الكويت - 9 - 2 (كونا) -- أغلقت البلدية الشاطئ في الفنطاس أمام السباحين على امتداد 2ر5 كيلومتر اليوم الاثنين بعد رصد 420 قنديل بحر قرب الساحل.(النهاية)
م ص / ع ج
`),
  wire('2026-02-10T09:00:00Z', `التاريخ : 10/02/2026
الكويت - 10 - 2 (كونا) -- أعادت البلدية فتح الشاطئ في الفنطاس اليوم الثلاثاء بعد أن أكد فريق الرصد خلو المياه من قناديل البحر.(النهاية)
م ص / ع ج
`),
];

async function store(count = STORIES.length) {
  const stores = openStores(join(tempDir(), 'store.db'));
  for (const [i, { date, text }] of STORIES.slice(0, count).entries()) await ingest(stores, i);
  return stores;
}

async function ingest(stores: ReturnType<typeof openStores>, i: number) {
  const { date, text } = STORIES[i] as { date: string; text: string };
  await ingestWireBytes(stores.dispatches, { source: `wire-${i}`, bytes: Buffer.from(text) }, new Date(date));
}

describe('a word no list holds reaches the other language through the store’s own stories', () => {
  it('is a word no list holds', () => {
    const listed = [...loadGazetteer().entries.flatMap((e) => [...e.ar, ...e.en]), ...[...loadWireLexicon().concepts.values()].flat()];
    expect(listed.flatMap((form) => analyseText(form)).filter((token) => token === 'beach' || token === 'شاطئ')).toEqual([]);
  });

  it('learns beach = الشاطئ from the stories told in both languages', async () => {
    const stores = await store();
    try {
      expect((await loadInducedLexicon(stores.dispatches)).translationsOf('beach')).toEqual(['شاطئ']);
    } finally {
      stores.close();
    }
  });

  it('learns again when the store has grown: one story in both languages is not enough, a second is', async () => {
    const stores = await store(3);
    try {
      expect((await loadInducedLexicon(stores.dispatches)).translationsOf('beach')).toEqual([]);
      await ingest(stores, 3);
      // learnt in the background; the lexicon there was answers meanwhile
      expect((await loadInducedLexicon(stores.dispatches)).translationsOf('beach')).toEqual([]);
      expect((await loadUpToDateInducedLexicon(stores.dispatches)).translationsOf('beach')).toEqual(['شاطئ']);
    } finally {
      stores.close();
    }
  });

  it('finds the story told only in Arabic for an English search, and the reverse', async () => {
    const stores = await store();
    try {
      const english = await searchDispatches(stores.dispatches, 'beach', 5);
      expect(english.filter((r) => r.lang === 'ar').map((r) => r.headline)).toEqual(expect.arrayContaining([expect.stringContaining('أعادت البلدية فتح الشاطئ')]));
      const arabic = await searchDispatches(stores.dispatches, 'الشاطئ', 5);
      expect(new Set(arabic.map((r) => r.lang))).toEqual(new Set(['ar', 'en']));
    } finally {
      stores.close();
    }
  });

  it('judges the Arabic passage relevant to an English question', async () => {
    const stores = await store();
    try {
      const retrieval = await retrievePassages(stores.dispatches, 'What happened at the beach on Tuesday?', new Date('2026-02-10T12:00:00Z'));
      expect(retrieval.relevant[0]?.text).toContain('أعادت البلدية فتح الشاطئ');
    } finally {
      stores.close();
    }
  });
});
