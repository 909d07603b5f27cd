import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import { openStores } from '../../src/store/open-stores.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-07-10T12:00:00Z');

// Written for this test: a reader asks with "noon" or the Gulf "النت" where the wire writes "midday" and "الإنترنت".
const ENGLISH_CLINICS = `Date : 08/07/2026
KUWAIT, July 8 (KUNA) -- Health centres will close at midday on Fridays from next week, the Ministry of Health said on Wednesday. (end)
ab.cd
`;
const ENGLISH_FERRIES = `Date : 09/07/2026
KUWAIT, July 9 (KUNA) -- Ferry services will close for maintenance on Fridays until the end of the month, the port operator said on Thursday. (end)
ab.cd
`;
const ARABIC_OUTAGE = `التاريخ : 09/07/2026
الكويت - 9 - 7 (كونا) -- أعلنت هيئة الاتصالات اليوم الخميس عودة خدمة الإنترنت إلى طبيعتها بعد انقطاع استمر ثلاث ساعات.(النهاية)
م ص / ع ج
`;

/** The dispatches found for `question` in a store of the three stories above. */
async function found(question: string) {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    for (const [source, text] of Object.entries({ ENGLISH_CLINICS, ENGLISH_FERRIES, ARABIC_OUTAGE })) {
      await ingestWireBytes(stores.dispatches, { source, bytes: Buffer.from(text) }, now);
    }
    return await searchDispatches(stores.dispatches, question, 5);
  } finally {
    stores.close();
  }
}

describe('words of time and the Gulf word for the internet', () => {
  it('joins noon and midday, and النت and the internet', () => {
    expect(lexiconJoins('noon', 'midday')).toBe(true);
    expect(lexiconJoins('نت', 'internet')).toBe(true);
  });

  it('leaves "until" and "till" out of a question: they ask nothing', () => {
    const tokens = expandQuery('till what date are the ferries closed until').groups.flat(2);
    expect(tokens).not.toContain('till');
    expect(tokens).not.toContain('until');
  });

  it('finds the story that says midday when asked about noon, first', async () => {
    // Both stories close on Fridays; the ferries' is the newer, so only "noon" read as "midday" puts the clinics first.
    const results = await found('what will close at noon on fridays?');
    expect(results[0]?.snippet).toMatch(/midday/);
  });

  it('finds the Arabic story on the internet when asked about النت', async () => {
    const results = await found('متى رجع النت؟');
    expect(results.map((r) => r.lang)).toEqual(['ar']);
  });
});
