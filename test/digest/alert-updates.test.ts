import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { enqueueAlerts, sendHeldAlerts } from '../../src/digest/enqueue-alerts.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';
import { fixturesDir } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
const options = { updateGapMs: 3_600_000 };
const deps = () => ({ stores, logger, presenter: telegramPresenter });
const t0 = new Date('2026-02-05T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
let stores: Stores;

/** Ingests one fixture at `now` and queues its alerts; returns how many were queued. */
async function arrive(name: string, now: Date): Promise<number> {
  const report = await ingestWireBytes(stores.dispatches, { source: name, bytes: readFileSync(join(fixturesDir, 'alerts', name)) }, now);
  return enqueueAlerts(deps(), report.dispatches.filter((d) => !d.duplicate).map((d) => d.id), now, options);
}
const alertTexts = async (chatId: number) => (await stores.outbox.list({ chatId, kind: 'alert' })).map((r) => r.text);

beforeEach(async () => {
  stores = openStores(join(tempDir(), 'store.db'));
  for (const [chatId, lang] of [[1, 'en'], [2, 'ar']] as const) {
    await stores.subscribers.ensure({ chatId, chatType: 'private', lang, timeZone: 'Asia/Kuwait', digestTime: '07:00' }, t0);
    await stores.subscribers.follow(chatId, lang === 'en' ? 'floods' : 'فيضانات', t0);
  }
});
afterEach(() => stores.close());

describe('alerts that say what changed', () => {
  it('tells the story first, then one update naming the moved number, in each follower’s language', async () => {
    expect(await arrive('floods-1-en.txt', at(0))).toBe(2);
    expect((await alertTexts(1))[0]).toMatch(/^<b>New on \u2068floods\u2069<\/b>\nThe death toll from the floods in the southern governorate reached 12 on Thursday, the Interior Ministry said in a statement\.\nKUNA, KUWAIT/);
    expect((await alertTexts(2))[0]).toMatch(/^<b>جديد عن \u2068فيضانات\u2069<\/b>\n/);
    expect(await arrive('floods-2-en.txt', at(90))).toBe(2);
    const [, update] = await alertTexts(1);
    expect(update).toMatch(/^<b>Update on \u2068floods\u2069<\/b>\n• \u2068death toll from the floods\u2069 rises from \u206812\u2069 to \u206815\u2069\n/);
    expect(update).not.toContain('Rescue teams'); // an update is short: no lead again
    const [, arabic] = await alertTexts(2);
    expect(arabic).toMatch(/^<b>تحديث عن \u2068فيضانات\u2069<\/b>\n• \u2068death toll from the floods\u2069: ارتفع من \u206812\u2069 إلى \u206815\u2069\n/);
    expect(arabic).toContain('<i>(\u2068بالإنجليزية\u2069)</i>'); // the English headline, its language said in words
    expect(update).toMatch(/\/story_s_kuna_20260205_[0-9a-f]{12} · \/source_kuna_20260205_[0-9a-f]{12}$/);
  });

  it('sends nothing when a later dispatch changes nothing material', async () => {
    await arrive('floods-1-en.txt', at(0));
    expect(await arrive('floods-4-en-same.txt', at(120))).toBe(0);
    expect(await alertTexts(1)).toHaveLength(1);
  });

  it('holds a second update within the hour and sends it when the hour is up, naming what changed meanwhile', async () => {
    await arrive('floods-1-en.txt', at(0));
    expect(await arrive('floods-2-en.txt', at(10))).toBe(0);
    expect(await sendHeldAlerts(deps(), at(40), options)).toBe(0);
    expect(await sendHeldAlerts(deps(), at(61), options)).toBe(2);
    expect(await sendHeldAlerts(deps(), at(62), options)).toBe(0);
    expect((await alertTexts(1))[1]).toContain('• \u2068death toll from the floods\u2069 rises from \u206812\u2069 to \u206815\u2069');
  });

  it('takes the gap from WIREBRIEF_ALERT_GAP_MINUTES', async () => {
    const configured = { stores, logger, presenter: telegramPresenter, config: loadConfig({ WIREBRIEF_ALERT_GAP_MINUTES: '5' }) };
    const arriveWith = async (name: string, now: Date) => {
      const report = await ingestWireBytes(stores.dispatches, { source: name, bytes: readFileSync(join(fixturesDir, 'alerts', name)) }, now);
      return enqueueAlerts(configured, report.dispatches.map((d) => d.id), now);
    };
    await arriveWith('floods-1-en.txt', at(0));
    expect(await arriveWith('floods-2-en.txt', at(6))).toBe(2); // past 5 minutes: sent, not held for the hour
  });

  it('always sends a correction, even inside the hour', async () => {
    await arrive('floods-1-en.txt', at(0));
    await arrive('floods-2-en.txt', at(90));
    expect(await arrive('floods-3-en-correction.txt', at(95))).toBe(2);
    const [, , correction] = await alertTexts(1);
    expect(correction).toMatch(/^<b>Correction on \u2068floods\u2069<\/b>\n• \u2068death toll from the floods\u2069 falls from \u206815\u2069 to \u206814\u2069\n<b>CORRECTION: Kuwait floods toll is 14<\/b>/);
    expect((await alertTexts(2))[2]).toMatch(/^<b>تصحيح عن \u2068فيضانات\u2069<\/b>/);
  });

  it('keeps one story per subscriber: the fixtures are one story', async () => {
    const ids = [];
    for (const name of ['floods-1-en.txt', 'floods-2-en.txt', 'floods-3-en-correction.txt', 'floods-4-en-same.txt']) {
      const report = await ingestWireBytes(stores.dispatches, { source: name, bytes: readFileSync(join(fixturesDir, 'alerts', name)) }, t0);
      ids.push(report.dispatches[0]?.storyId);
    }
    expect(new Set(ids).size).toBe(1);
  });
});
