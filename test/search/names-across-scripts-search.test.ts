import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import { openStores } from '../../src/store/open-stores.js';
import { loadGazetteer } from '../../src/text/gazetteer.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-10T12:00:00Z');

// A name no list holds, written the Arabic way in one dispatch and two English ways in others.
const ARABIC = `التاريخ : 08/02/2026
الكويت - 8 - 2 (كونا) -- قال المدير العام لهيئة الموانئ مشاري الشمري اليوم الأحد إن حركة الحاويات ارتفعت خلال يناير.
وأضاف الشمري أن الهيئة تعمل على توسعة الأرصفة.(النهاية)
م ص / ع ج
`;
const ENGLISH = `Date : 09/02/2026
KUWAIT, Feb 9 (KUNA) -- Kuwait Ports Authority director general Mishari Al-Shammari said on Monday container traffic rose in January. (end)
ab.cd
`;
const OTHER = `Date : 09/02/2026
KUWAIT, Feb 9 (KUNA) -- The Ministry of Health said on Monday the flu campaign reached 200,000 people. (end)
ab.cd
`;

async function store() {
  const stores = openStores(join(tempDir(), 'store.db'));
  for (const [source, text] of [['ar', ARABIC], ['en', ENGLISH], ['other', OTHER]]) {
    await ingestWireBytes(stores.dispatches, { source: source as string, bytes: Buffer.from(text as string) }, now);
  }
  return stores;
}

describe('search bridges a name the gazetteer does not hold', () => {
  it('is a name no list holds', () => {
    const forms = loadGazetteer().entries.flatMap((e) => [...e.ar, ...e.en]);
    expect(forms.some((f) => /shammari|الشمري/i.test(f))).toBe(false);
  });

  it.each(['Al-Shammari', 'El Shamary', 'الشمري'])('finds both languages for %s', async (query) => {
    const stores = await store();
    try {
      const results = await searchDispatches(stores.dispatches, query, 5);
      expect(new Set(results.map((r) => r.lang))).toEqual(new Set(['ar', 'en']));
      expect(results).toHaveLength(2);
    } finally {
      stores.close();
    }
  });
});
