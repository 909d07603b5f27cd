import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { alertsHook } from '../../src/app/start-services.js';
import { fixedClock } from '../../src/clock.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
let stores: Stores | null = null;
afterEach(() => stores?.close());

describe('alerts from every source', () => {
  it('a followed topic in a new channel post produces one outbox alert, in the follower’s language', async () => {
    stores = openStores(join(tempDir(), 'store.db'));
    const now = new Date('2026-02-05T08:00:00Z');
    await stores.subscribers.ensure({ chatId: 9, chatType: 'private', lang: 'ar', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, now);
    await stores.subscribers.follow(9, 'OPEC', now);
    const deps = { stores, logger: pino({ level: 'silent' }), clock: fixedClock(now), presenter: telegramPresenter };
    const t = createRecordingBot(stores, { WIREBRIEF_CHANNELS: '-1001' }, { onIngested: alertsHook(deps) });
    const post = 'الكويت - 5 - 2 (كونا) -- قال وزير النفط إن اجتماع أوبك المقبل سيبحث مستويات الإنتاج.(النهاية)\nم ع\n';
    await t.bot.handleUpdate({ update_id: 1, channel_post: { message_id: 7, date: 1_770_278_400, chat: { id: -1001, type: 'channel', title: 'KUNA' }, text: post } });
    const alerts = await stores.outbox.list({ chatId: 9, kind: 'alert' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain('جديد عن');
    expect(alerts[0]?.text).toContain('أوبك');
    expect(t.texts()).toEqual([]);
  });

  it('`wirebrief ingest` queues alerts for followers too', async () => {
    const db = join(tempDir(), 'cli.db');
    stores = openStores(db);
    const now = new Date('2026-02-05T08:00:00Z');
    await stores.subscribers.ensure({ chatId: 3, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    await stores.subscribers.follow(3, 'انفلونزا', now);
    const run = await runCliCaptured(['ingest', join(fixturesDir, 'stories', 'kuna-en-2026-02-04-kuwait-flu.txt'), '--db', db]);
    expect(run.code).toBe(0);
    const alerts = await stores.outbox.list({ chatId: 3 });
    expect(alerts.map((a) => a.kind)).toEqual(['alert']);
    expect(alerts[0]?.text).toContain('influenza');
  });
});
