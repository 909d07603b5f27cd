import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';
import { expectOnlyStoryFound } from '../helpers/lexicon-pair.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-10T12:00:00Z');

// Written for this test: each story told in one language only.
const ARABIC_COACH = `التاريخ : 08/04/2026
الكويت - 8 - 4 (كونا) -- أعلن نادي الساحل اليوم الأربعاء التعاقد مع مدرب برتغالي لقيادة فريق كرة اليد في الموسم المقبل.(النهاية)
م ص / ع ج
`;
const ARABIC_CRAFTS = `التاريخ : 09/04/2026
الكويت - 9 - 4 (كونا) -- افتتح المجلس الوطني للثقافة والفنون والآداب اليوم الخميس معرض الحرف اليدوية في قرية صباح الأحمد التراثية.(النهاية)
م ص / ع ج
`;
const ENGLISH_RACE = `Date : 09/04/2026
KUWAIT, April 9 (KUNA) -- The coordinator of a charity run said on Thursday that the organising committee had moved the start to the Arabian Gulf Street. (end)
ab.cd
`;

/** [the reader's word, the word the other-language story is written with, the story's language] */
const PAIRS = [
  ['coach', 'مدرب', 'ar'],
  ['handicrafts', 'الحرف اليدوية', 'ar'],
  ['المنسق', 'coordinator', 'en'],
  ['اللجنة المنظمة', 'organising committee', 'en'],
] as const;

describe('the wire lexicon joins posts and organisers across languages', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked).at(-1) as string, analyseText(written).at(-1) as string)).toBe(true);
  });

  it.each(PAIRS)('%s: finds the story told only in the other language', async (asked, written, lang) => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      for (const [source, text] of Object.entries({ ARABIC_COACH, ARABIC_CRAFTS, ENGLISH_RACE })) await ingestWireBytes(stores.dispatches, { source, bytes: Buffer.from(text) }, now);
      await expectOnlyStoryFound(stores.dispatches, asked, written, lang);
    } finally {
      stores.close();
    }
  });
});
