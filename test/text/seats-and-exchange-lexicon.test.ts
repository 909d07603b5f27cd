import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';
import { expectOnlyStoryFound } from '../helpers/lexicon-pair.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-12T12:00:00Z');

// Written for this test: a by-election told in Arabic only, a bank's rules told in English only.
const ARABIC_BYELECTION = `التاريخ : 11/04/2026
الكويت - 11 - 4 (كونا) -- تتنافس أربع قوائم على ثلاثة مقاعد شاغرة في انتخابات المجلس البلدي التكميلية المقررة الشهر المقبل.(النهاية)
م ص / ع ج
`;
const ENGLISH_REMITTANCES = `Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- The central bank told exchange companies on Saturday to report every transfer above KD 3,000 to its financial intelligence unit. (end)
ab.cd
`;

describe('the wire lexicon counts seats and exchange companies in both languages', () => {
  it('joins seats to مقاعد and exchange companies to شركات الصرافة', () => {
    expect(lexiconJoins('seat', analyseText('مقاعد')[0] as string)).toBe(true);
    expect(lexiconJoins('company', analyseText('الصرافة')[0] as string)).toBe(true);
  });

  it.each([
    ['seats', 'مقاعد', 'ar'],
    ['شركات الصرافة', 'exchange companies', 'en'],
  ] as const)('%s: finds the story told only in the other language', async (asked, written, lang) => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      for (const [source, text] of Object.entries({ ARABIC_BYELECTION, ENGLISH_REMITTANCES })) await ingestWireBytes(stores.dispatches, { source, bytes: Buffer.from(text) }, now);
      await expectOnlyStoryFound(stores.dispatches, asked, written, lang);
    } finally {
      stores.close();
    }
  });
});
