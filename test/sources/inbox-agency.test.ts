import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startInboxWatcher } from '../../src/sources/start-inbox-watcher.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();

describe('watched inbox folder: default agency and the file’s time', () => {
  it('gives a flash without a marker the folder’s agency (WIREBRIEF_INBOX_AGENCY) and the file’s date', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'inbox');
    const { deps } = makeDeps(dir);
    const watcher = await startInboxWatcher(deps, { dir: inbox, pollMs: 0, watch: false, settleMs: 0, agency: 'KUNA' });
    try {
      const file = join(inbox, 'flash.txt');
      writeFileSync(file, 'URGENT -- Kuwait Cabinet approves a new law on public tenders\n');
      const written = new Date('2026-02-03T21:15:00Z'); // the fake clock reads 2026-02-05
      utimesSync(file, written, written);
      await watcher.scan(); // first sighting
      await watcher.scan(); // unchanged since: read
      const [summary] = await deps.stores.dispatches.listDispatches({ limit: 5 });
      expect(summary).toMatchObject({ agency: 'KUNA', urgent: true, date: '2026-02-03' });
    } finally {
      await watcher.stop();
      deps.stores.close();
    }
  });
});
