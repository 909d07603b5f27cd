import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
let stores: Stores | null = null;
afterEach(() => stores?.close());

// Issues 10 and 12: a flash and the full dispatch that follows are one story, so a follower is
// alerted once, on the flash. Both texts are written for this test.
describe('a flash and its full dispatch', () => {
  it('alert a follower once, on the flash', async () => {
    const dir = tempDir();
    const db = join(dir, 'store.db');
    stores = openStores(db);
    const now = new Date('2026-03-20T09:00:00Z');
    await stores.subscribers.ensure({ chatId: 5, chatType: 'private', lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, now);
    await stores.subscribers.follow(5, 'earthquake', now);
    const flash = join(dir, 'flash.txt');
    const full = join(dir, 'full.txt');
    writeFileSync(flash, 'URGENT -- Magnitude 6.1 earthquake shakes southern Iran (KUNA)\n');
    writeFileSync(
      full,
      'Date : 20/03/2026\nTEHRAN, Mar 20 (KUNA) -- An earthquake of magnitude 6.1 shook southern Iran on Friday, damaging homes in several villages, the seismological centre said.\n(end)\nab.cd\n',
    );
    expect((await runCliCaptured(['ingest', flash, '--db', db], { now })).code).toBe(0);
    expect(await stores.outbox.list({ chatId: 5, kind: 'alert' })).toHaveLength(1);
    expect((await runCliCaptured(['ingest', full, '--db', db], { now: new Date('2026-03-20T09:30:00Z') })).code).toBe(0);
    const alerts = await stores.outbox.list({ chatId: 5, kind: 'alert' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain('6.1');
  });
});
