import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestWireBytes } from '../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../src/store/open-stores.js';
const dir = '/work/main/test/fixtures/eval/dispatches';
const stores = openStores(join(mkdtempSync(join(tmpdir(), 'ev-')), 's.db'));
for (const f of readdirSync(dir).sort()) {
  const r = await ingestWireBytes(stores.dispatches, { source: f, bytes: readFileSync(join(dir, f)) }, new Date('2026-02-10T06:00:00Z'));
  for (const d of r.dispatches) { const x = await stores.dispatches.getDispatch(d.id); console.log(f, d.sourceIndex, x?.lang, x?.date, x?.dateline?.city, x?.paragraphs.length, x?.urgent, x?.storyId.slice(0,8), (x?.headline ?? '').slice(0, 50)); }
  if (r.rejected.length || r.warnings.length) console.log('  !!', JSON.stringify(r.rejected), JSON.stringify(r.warnings));
}
