import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestTextItem } from '../../src/sources/ingest-text-item.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-11-04T09:00:00Z');

describe('ingestTextItem: live items (feeds, channel posts, inbox posts)', () => {
  it('gives a flash without a marker the source’s default agency, dated by the item’s own time', async () => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      const item = { source: 'https://wire.example/flash/1', title: null, text: 'عاجل: مجلس الوزراء يقر مشروع قانون المناقصات العامة', isoDate: '2026-11-03T21:15:00Z', agency: 'wire.example' };
      // Without a default agency the item is kept as a generic one under the feed's own name, as before.
      const generic = await ingestTextItem(stores.dispatches, item, now);
      const [kept] = await stores.dispatches.getDispatches([generic.dispatches[0]!.id]);
      expect(kept).toMatchObject({ agency: 'wire.example', urgent: true });
      const report = await ingestTextItem(stores.dispatches, { ...item, defaultAgency: 'KUNA' }, now);
      expect(report.added).toBe(1);
      expect(report.dispatches[0]?.warnings).toEqual(['agency KUNA from the source: the flash names none', "no date in the copy; used the source's time (2026-11-03)"]);
      const [stored] = await stores.dispatches.getDispatches([report.dispatches[0]!.id]);
      expect(stored).toMatchObject({ agency: 'KUNA', urgent: true, date: '2026-11-03', lang: 'ar' });
    } finally {
      stores.close();
    }
  });

  it('removes control characters (a JSON \\u0000) with a warning instead of storing them', async () => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      const text = 'KUWAIT, Nov 4 (KUNA) -- The port\u0000 authority opened a second grain terminal.\u0007\n(end)';
      const report = await ingestTextItem(stores.dispatches, { source: 'http-inbox', title: null, text, isoDate: null, agency: 'inbox' }, now);
      expect(report.added).toBe(1);
      expect(report.dispatches[0]?.warnings[0]).toBe('2 control character(s) removed');
      const [stored] = await stores.dispatches.getDispatches([report.dispatches[0]!.id]);
      expect(stored?.paragraphs).toEqual(['The port authority opened a second grain terminal.']);
      expect(stored?.raw).not.toMatch(/[\u0000-\u0008]/);
    } finally {
      stores.close();
    }
  });
});
