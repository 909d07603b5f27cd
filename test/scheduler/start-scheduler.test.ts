import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { createSender } from '../../src/delivery/create-sender.js';
import { enqueueAlerts } from '../../src/digest/enqueue-alerts.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { startScheduler } from '../../src/scheduler/start-scheduler.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { startLimitedBotApi } from '../helpers/fake-bot-api-limits.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
let path: string;
let stores: Stores;
let closeApi: (() => Promise<void>) | null = null;

beforeEach(async () => {
  path = join(tempDir(), 'store.db');
  stores = openStores(path);
  const at = new Date('2026-02-04T10:00:00Z');
  await stores.subscribers.ensure({ chatId: 1, chatType: 'private', lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, at);
  await stores.subscribers.update(1, { digestEnabled: true, lastDigestAt: '2026-02-04T04:00:00.000Z', quietStart: '22:00', quietEnd: '07:00' }, at);
  await stores.subscribers.follow(1, 'Putin', at);
  await ingestWireBytes(stores.dispatches, { source: 'seed', bytes: readFileSync(seedPath) }, at);
});
afterEach(async () => {
  stores.close();
  await closeApi?.();
  closeApi = null;
});

describe('the scheduler started after a missed hour', () => {
  it('catches up the missed digest once on start, and not again on the next start', async () => {
    const clock = fixedClock('2026-02-05T05:10:00Z'); // 08:10 in Kuwait: 07:00 was missed while down
    const first = await startScheduler({ stores, llm: null, logger, clock, presenter: telegramPresenter });
    first.stop();
    expect((await stores.outbox.list({ chatId: 1 })).map((r) => r.key)).toEqual(['digest:1:2026-02-05']);
    stores.close();
    stores = openStores(path);
    clock.advance(60_000);
    const second = await startScheduler({ stores, llm: null, logger, clock, presenter: telegramPresenter });
    second.stop();
    expect(await stores.outbox.list({ chatId: 1 })).toHaveLength(1);
    expect((await stores.subscribers.get(1))?.lastDigestAt).toBe('2026-02-05T05:10:00.000Z');
  });
});

describe('quiet hours', () => {
  it('hold an alert queued at night until they end in the subscriber’s zone', async () => {
    const clock = fixedClock('2026-02-04T20:30:00Z'); // 23:30 in Kuwait
    const [seed] = await stores.dispatches.listDispatches({ limit: 1 });
    expect(await enqueueAlerts({ stores, logger, presenter: telegramPresenter }, [seed!.id], clock.now())).toBe(1);
    const api = await startLimitedBotApi({});
    closeApi = api.close;
    const sender = createSender({
      api: new Api('1:TEST', { apiRoot: api.apiRoot }), outbox: stores.outbox, subscribers: stores.subscribers, clock, logger,
      limits: { perSecond: 1000, privateGapMs: 1000, groupGapMs: 3000 }, sleep: async () => {},
    });
    expect(await sender.drain()).toBe(0);
    clock.set('2026-02-05T03:59:00Z'); // 06:59
    expect(await sender.drain()).toBe(0);
    clock.set('2026-02-05T04:00:00Z'); // 07:00: quiet hours over
    expect(await sender.drain()).toBe(1);
    expect(api.messages).toHaveLength(1);
    expect(api.messages[0]?.text).toContain('New on');
  });
});

describe('the minute tick', () => {
  it('reads the clock once a minute and composes the next day’s digest at the subscriber’s local time', async () => {
    vi.useFakeTimers({ now: new Date('2026-02-05T05:10:00Z'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      const clock = fixedClock('2026-02-05T05:10:00Z');
      const scheduler = await startScheduler({ stores, llm: null, logger, clock, presenter: telegramPresenter });
      expect(await stores.outbox.list({ chatId: 1 })).toHaveLength(1);
      clock.set('2026-02-06T03:59:00Z'); // 06:59 in Kuwait
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await stores.outbox.list({ chatId: 1 })).toHaveLength(1);
      clock.set('2026-02-06T04:00:00Z'); // 07:00
      await vi.advanceTimersByTimeAsync(60_000);
      scheduler.stop();
      expect((await stores.outbox.list({ chatId: 1 })).map((r) => r.key)).toEqual(['digest:1:2026-02-05', 'digest:1:2026-02-06']);
    } finally {
      vi.useRealTimers();
    }
  });
});
