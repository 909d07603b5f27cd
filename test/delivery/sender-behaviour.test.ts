import { join } from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { createSender } from '../../src/delivery/create-sender.js';
import { enqueueBroadcast } from '../../src/delivery/enqueue-broadcast.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { startLimitedBotApi, type FaultPlan } from '../helpers/fake-bot-api-limits.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
const start = new Date('2026-02-05T04:00:00Z');
let stores: Stores;
let closeApi: (() => Promise<void>) | null = null;
beforeEach(() => {
  stores = openStores(join(tempDir(), 'store.db'));
});
afterEach(async () => {
  stores.close();
  await closeApi?.();
  closeApi = null;
});

/** A sender on a fixed clock that records its waits instead of waiting; `drain` sends what is due. */
async function setUp(plan: FaultPlan, limits = { perSecond: 1000, privateGapMs: 1000, groupGapMs: 3000 }, outbox = stores.outbox) {
  const api = await startLimitedBotApi(plan);
  closeApi = api.close;
  const clock = fixedClock(start);
  const waits: number[] = [];
  const sender = createSender({
    api: new Api('1:TEST', { apiRoot: api.apiRoot }), outbox, subscribers: stores.subscribers, clock, logger, limits,
    sleep: async (ms) => void waits.push(ms),
  });
  return { api, clock, waits, sender };
}

async function subscribe(chatId: number, chatType: 'private' | 'group' = 'private') {
  await stores.subscribers.ensure({ chatId, chatType, lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, start);
}
const message = (key: string, chatId: number, text: string) => ({ key, chatId, kind: 'alert' as const, text, notBefore: start.toISOString() });

describe('the sender', () => {
  it('broadcasts once to every active subscriber, as rendered, following a group that became a supergroup', async () => {
    for (const chatId of [1, 2, 3, -100]) await subscribe(chatId, chatId < 0 ? 'group' : 'private');
    await stores.subscribers.update(2, { paused: true }, start);
    await stores.subscribers.update(3, { blocked: true }, start);
    const { api, sender } = await setUp({ migrated: (chat) => (chat === -100 ? -1001234 : undefined) });
    expect((await enqueueBroadcast({ stores, logger }, 'Maintenance &lt;tonight&gt; &amp; more', start, 'admin-7')).queued).toBe(2);
    expect((await enqueueBroadcast({ stores, logger }, 'Maintenance &lt;tonight&gt; &amp; more', start, 'admin-7')).queued).toBe(0);
    await sender.drain();
    await sender.drain();
    expect(api.messages).toEqual([
      { chatId: 1, text: 'Maintenance &lt;tonight&gt; &amp; more' },
      { chatId: -1001234, text: 'Maintenance &lt;tonight&gt; &amp; more' },
    ]);
    expect(await stores.subscribers.get(-1001234)).not.toBeNull();
    expect((await stores.outbox.list({ chatId: -1001234 }))[0]).toMatchObject({ status: 'sent', key: 'broadcast:admin-7:-100' });
  });

  it('splits a long digest and, after a 500 on the second part, resumes without repeating the first', async () => {
    await subscribe(1);
    const paragraphs = Array.from({ length: 3 }, (_, i) => `<b>Story ${i + 1}</b> ${'word '.repeat(700)}part-${i + 1}`);
    await stores.outbox.enqueue([{ ...message('digest:1:2026-02-05', 1, paragraphs.join('\n\n')), kind: 'digest' }], start);
    const { api, clock, sender } = await setUp({ fail500Once: 'part-2' });
    await sender.drain();
    const [retrying] = await stores.outbox.list({ chatId: 1 });
    expect(retrying).toMatchObject({ status: 'pending', partsSent: 1, attempts: 1, lastError: expect.stringContaining('Internal Server Error') });
    clock.advance(60_000);
    await sender.drain();
    expect(api.messages.map((m) => m.text.match(/part-\d/)?.[0])).toEqual(['part-1', 'part-2', 'part-3']);
    expect(api.messages.every((m) => m.text.length <= 4096 && m.text.startsWith('<b>Story'))).toBe(true);
    expect((await stores.outbox.list({ chatId: 1 }))[0]).toMatchObject({ status: 'sent', telegramMessageId: expect.any(Number) });
  });

  it('keeps a second alert to the same chat for a second later, a group’s for three', async () => {
    await subscribe(1);
    await subscribe(-5, 'group');
    await stores.outbox.enqueue([message('a', 1, 'one'), message('b', 1, 'two'), message('c', -5, 'g1'), message('d', -5, 'g2')], start);
    const { api, sender } = await setUp({});
    await sender.drain();
    expect(api.messages.map((m) => m.text)).toEqual(['one', 'g1']);
    const waiting = (await stores.outbox.list({})).filter((r) => r.status === 'pending');
    expect(waiting.map((r) => [r.key, r.notBefore])).toEqual([
      ['b', '2026-02-05T04:00:01.000Z'],
      ['d', '2026-02-05T04:00:03.000Z'],
    ]);
  });

  it('waits out retry_after on 429 without counting it as a failed attempt', async () => {
    for (const chatId of [1, 2, 3]) await subscribe(chatId);
    await stores.outbox.enqueue([message('a', 1, 'one'), message('b', 2, 'two'), message('c', 3, 'three')], start);
    const { api, clock, waits, sender } = await setUp({ every429: 2, retryAfterS: 5 });
    await sender.drain();
    expect(api.messages.map((m) => m.text)).toEqual(['one', 'three']);
    expect(waits).toContain(5000); // 'three' waited out the pause
    const limited = (await stores.outbox.list({})).find((r) => r.key === 'b');
    expect(limited).toMatchObject({ status: 'pending', attempts: 0, notBefore: '2026-02-05T04:00:05.000Z', lastError: '429: retry after 5 s' });
    clock.advance(5000);
    await sender.drain(); // limited again
    clock.advance(5000);
    await sender.drain();
    expect(api.messages.map((m) => m.text)).toEqual(['one', 'three', 'two']);
    expect((await stores.outbox.list({})).find((r) => r.key === 'b')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('stops sending to a chat that blocked the bot and marks the subscriber', async () => {
    await subscribe(7);
    await stores.outbox.enqueue([message('a', 7, 'one'), message('b', 7, 'two')], start);
    const { api, sender } = await setUp({ blocked: (chat) => chat === 7 });
    await sender.drain();
    expect(api.stats().requests).toBe(1);
    expect((await stores.outbox.list({ chatId: 7 })).map((r) => r.status)).toEqual(['blocked', 'blocked']);
    expect((await stores.subscribers.get(7))?.blocked).toBe(true);
  });

  it('does not send a message again because recording it failed (the store was locked, say)', async () => {
    await subscribe(1);
    await stores.outbox.enqueue([message('a', 1, 'one')], start);
    const failingMarks = { ...stores.outbox, markSent: () => Promise.reject(new Error('database is locked')) };
    const { api, sender } = await setUp({}, undefined, failingMarks);
    await sender.drain();
    await sender.drain();
    expect(api.messages.map((m) => m.text)).toEqual(['one']);
    // the row stays with this sender's lease: only if the sender dies does it go out again (the kill bound)
    expect((await stores.outbox.list({}))[0]).toMatchObject({ status: 'sending', attempts: 0 });
  });
});
