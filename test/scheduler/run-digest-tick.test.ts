import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueAlerts } from '../../src/digest/enqueue-alerts.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { runDigestTick } from '../../src/scheduler/run-digest-tick.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
let stores: Stores;
let path: string;

beforeEach(async () => {
  path = join(tempDir(), 'store.db');
  stores = openStores(path);
  const at = new Date('2026-02-04T10:00:00Z');
  for (const [chatId, timeZone, lang] of [[1, 'Asia/Kuwait', 'ar'], [2, 'Europe/London', 'en'], [3, 'America/New_York', 'en']] as const) {
    await stores.subscribers.ensure({ chatId, chatType: 'private', lang, timeZone, digestTime: '07:00' }, at);
    await stores.subscribers.update(chatId, { digestEnabled: true, lastDigestAt: '2026-02-04T13:00:00.000Z' }, at);
  }
  await ingestWireBytes(stores.dispatches, { source: 'seed', bytes: readFileSync(seedPath) }, at);
});
afterEach(() => stores.close());

describe('the digest tick', () => {
  it('queues each digest at the subscriber’s local time, in their language, once, and survives a restart', async () => {
    const deps = { stores, llm: null, logger, presenter: telegramPresenter };
    expect(await runDigestTick(deps, new Date('2026-02-05T04:00:00Z'))).toBe(1);
    expect(await runDigestTick(deps, new Date('2026-02-05T04:01:00Z'))).toBe(0);
    const kuwait = await stores.outbox.list({ chatId: 1 });
    expect(kuwait).toEqual([expect.objectContaining({ key: 'digest:1:2026-02-05', kind: 'digest', status: 'pending' })]);
    expect(kuwait[0]?.text).toContain('<b>موجزك</b>');
    stores.close();
    stores = openStores(path); // a restart an hour after London's time: caught up once
    const restarted = { stores, llm: null, logger, presenter: telegramPresenter };
    expect(await runDigestTick(restarted, new Date('2026-02-05T08:05:00Z'))).toBe(1);
    expect(await runDigestTick(restarted, new Date('2026-02-05T08:06:00Z'))).toBe(0);
    expect((await stores.outbox.list({ chatId: 2 }))[0]?.text).toContain('<b>Your briefing</b>');
    expect(await stores.outbox.list({ chatId: 3 })).toEqual([]);
    expect(await runDigestTick(restarted, new Date('2026-02-05T12:00:00Z'))).toBe(1);
  });
});

describe('digest frequency', () => {
  it('queues the morning and the evening digest of a subscriber who asked for both, each once', async () => {
    await stores.subscribers.update(1, { digestFrequency: 'both' }, new Date('2026-02-04T10:00:00Z'));
    await stores.subscribers.update(2, { digestFrequency: 'evening' }, new Date('2026-02-04T10:00:00Z'));
    const deps = { stores, llm: null, logger, presenter: telegramPresenter };
    await runDigestTick(deps, new Date('2026-02-05T04:00:00Z')); // 07:00 in Kuwait
    await runDigestTick(deps, new Date('2026-02-05T15:00:00Z')); // 18:00 in Kuwait
    await runDigestTick(deps, new Date('2026-02-05T15:30:00Z'));
    await runDigestTick(deps, new Date('2026-02-05T18:00:00Z')); // 18:00 in London
    expect((await stores.outbox.list({ chatId: 1 })).map((r) => r.key)).toEqual(['digest:1:2026-02-05', 'digest:1:2026-02-05:evening']);
    expect((await stores.outbox.list({ chatId: 2 })).map((r) => r.key)).toEqual(['digest:2:2026-02-05:evening']);
  });
});

describe('alerts', () => {
  it('queues one alert per subscriber and story across languages, held through quiet hours', async () => {
    const now = new Date('2026-02-04T20:30:00Z'); // 23:30 in Kuwait, 20:30 in London
    await stores.subscribers.follow(1, 'BRICS', now);
    await stores.subscribers.update(1, { quietStart: '22:00', quietEnd: '07:00' }, now);
    await stores.subscribers.follow(2, 'بريكس', now);
    await stores.subscribers.follow(3, 'OPEC', now);
    const english = readFileSync(join(fixturesDir, 'stories', 'kuna-en-2026-02-04-beijing.txt'));
    const report = await ingestWireBytes(stores.dispatches, { source: 'en', bytes: english }, now);
    expect(await enqueueAlerts({ stores, logger, presenter: telegramPresenter }, report.dispatches.map((d) => d.id), now)).toBe(2);
    const [seed] = await stores.dispatches.listDispatches({ limit: 10, lang: 'ar' });
    expect(await enqueueAlerts({ stores, logger, presenter: telegramPresenter }, [seed!.id], now)).toBe(0); // same story: no second alert
    const kuwait = await stores.outbox.list({ chatId: 1, kind: 'alert' });
    expect(kuwait[0]?.notBefore).toBe('2026-02-05T04:00:00.000Z');
    expect(kuwait[0]?.text).toContain('Xi, Putin vow closer coordination');
    const london = await stores.outbox.list({ chatId: 2, kind: 'alert' });
    expect(london[0]?.notBefore).toBe(now.toISOString());
    expect(await stores.outbox.list({ chatId: 3 })).toEqual([]);
  });
});

describe('the next day’s digest', () => {
  it('leaves out a story already sent and brings it back when an update arrives', async () => {
    const deps = { stores, llm: null, logger, presenter: telegramPresenter };
    expect(await runDigestTick(deps, new Date('2026-02-05T04:00:00Z'))).toBe(1); // the seed came before the last digest
    expect((await stores.outbox.list({ chatId: 1 }))[0]?.text).toContain('لا جديد في البرقيات خلال هذه الفترة.');
    const english = readFileSync(join(fixturesDir, 'stories', 'kuna-en-2026-02-04-beijing.txt')); // dated the day before, same story
    await ingestWireBytes(stores.dispatches, { source: 'late', bytes: english }, new Date('2026-02-05T09:00:00Z'));
    expect(await runDigestTick(deps, new Date('2026-02-06T04:00:00Z'))).toBe(2); // Kuwait, and New York's missed evening one
    const [, next] = await stores.outbox.list({ chatId: 1 });
    expect(next?.key).toBe('digest:1:2026-02-06');
    expect(next?.text).toContain('<b>موجزك</b>');
    expect(next?.text.match(/^\d+\. /gm)).toHaveLength(1);
    expect(next?.text).toMatch(/\/source_kuna_/);
  });
});
