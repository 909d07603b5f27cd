import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../src/ingest/prepare-source.js';
import { storePreparedSource } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { runWirebriefChild, unprivilegedUser } from '../helpers/run-child.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { opecDispatch } from '../helpers/write-wire-folder.js';

const tempDir = useTempDir();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const asReader = unprivilegedUser;

async function waitUntil(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(check()).toBe(true);
}

describe('wirebrief bot with a watched folder', () => {
  it('at start queues the alerts a killed run left; moves an unreadable file aside once and reads the rest through its prepare worker', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const db = join(dir, 'store.db');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    chmodSync(inbox, 0o777);
    // A follower, and a dispatch stored as a killed ingest leaves it: stored, its alert never queued.
    const stores = openStores(db);
    const now = new Date();
    await stores.subscribers.ensure({ chatId: 77, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    await stores.subscribers.follow(77, 'OPEC', now);
    await storePreparedSource(stores.dispatches, prepareSource({ source: 'killed-run.txt', bytes: Buffer.from(opecDispatch(1)) }, now), now);
    stores.close();
    chmodSync(db, 0o666);

    writeFileSync(join(inbox, 'locked.txt'), opecDispatch(2));
    chmodSync(join(inbox, 'locked.txt'), 0o000);
    writeFileSync(join(inbox, 'open.txt'), opecDispatch(3));
    chmodSync(join(inbox, 'open.txt'), 0o644);

    const api = await startFakeBotApi({ ...testBotInfo });
    const run = runWirebriefChild(['bot', '--db', db], { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.apiRoot, WIREBRIEF_INBOX: inbox, WIREBRIEF_INBOX_SETTLE_MS: '0', LOG_LEVEL: 'info' }, undefined, asReader);
    try {
      const alert = await api.waitFor((call) => call.method === 'sendMessage' && call.payload.chat_id === 77, 30_000);
      expect(String(alert.payload.text)).toContain('OPEC');
      await waitUntil(() => existsSync(join(inbox, 'done', 'open.txt')) && existsSync(join(inbox, 'rejected', 'locked.txt.reason')));
      run.child.kill('SIGTERM');
      expect((await run.exited).code).toBe(0);
      const { stderr } = run.output();
      expect(stderr).toContain('starting: alerts a previous run left unqueued');
      expect(stderr.match(/inbox scan failed/g) ?? []).toHaveLength(0);
      const after = openStores(db);
      try {
        expect(await after.dispatches.countDispatches()).toBe(2);
        expect((await after.dispatches.listQuarantine(5)).map((q) => q.reason)).toEqual(['cannot read it: permission denied (EACCES)']);
      } finally {
        after.close();
      }
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await api.close();
    }
  }, 60_000);
});
