import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Rain in Kuwait (the answer), heavy rain elsewhere filed before it (close, not the answer) and a market
// report filed after it that only names Kuwait. Written for this test.
const FILED: Array<[string, string]> = [
  ['2026-02-06T09:00:00Z', `Date : 06/02/2026
Heavy rain floods Muscat roads
MUSCAT, Feb 6 (KUNA) -- Heavy rain flooded roads in Muscat, Oman, on Friday morning, and the heavy rain closed two schools, Omani police said. (end)
ab.cd
`],
  ['2026-02-06T12:00:00Z', `Date : 06/02/2026
Heavy rain floods Kuwait roads
KUWAIT, Feb 6 (KUNA) -- Heavy rain flooded roads across Kuwait on Friday afternoon, and the heavy rain closed two tunnels, the Interior Ministry said. (end)
ab.cd
`],
  ['2026-02-06T19:00:00Z', `Date : 06/02/2026
Boursa Kuwait closes higher
KUWAIT, Feb 6 (KUNA) -- Boursa Kuwait closed higher on Friday, its main index up 0.4 percent on banking stocks. (end)
ab.cd
`],
];

describe('"the latest" orders by time only the passages that answer', () => {
  it('the passages that do not answer keep the search\'s order: the closest first, not the newest', async () => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      for (const [at, text] of FILED) await ingestWireBytes(stores.dispatches, { source: `wire-${at}`, bytes: Buffer.from(text) }, new Date(at));
      const r = await retrievePassages(stores.dispatches, 'what is the latest on the heavy rain in Kuwait?', new Date('2026-02-06T20:30:00Z'), { timeZone: 'Asia/Kuwait' });
      expect(r.latest).toBe(true);
      expect(r.relevant[0]?.text).toMatch(/across Kuwait/);
      expect(r.nearby[0]?.text).toMatch(/Muscat/);
    } finally {
      stores.close();
    }
  });
});
