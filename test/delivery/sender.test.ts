import { join } from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { createSender } from '../../src/delivery/create-sender.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { startLimitedBotApi } from '../helpers/fake-bot-api-limits.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
let stores: Stores | null = null;
let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  stores?.close();
  await close?.();
});

async function queueDigests(s: Stores, count: number) {
  const now = new Date();
  for (let chatId = 1; chatId <= count; chatId += 1) {
    await s.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
  }
  const messages = Array.from({ length: count }, (_, i) => ({
    key: `digest:${i + 1}:2026-02-05`, chatId: i + 1, kind: 'digest' as const, text: `<b>Your briefing</b> #${i + 1}`, notBefore: now.toISOString(),
  }));
  await s.outbox.enqueue(messages, now);
  await s.outbox.enqueue(messages, now); // deciding twice adds nothing
  const alerts = Array.from({ length: 100 }, (_, i) => ({
    key: `alert:${i + 1}:story`, chatId: i + 1, kind: 'alert' as const, text: `Alert #${i + 1}`, notBefore: now.toISOString(),
  }));
  await s.outbox.enqueue(alerts, now); // a second message to 100 chats: the per-chat limit applies
}

describe('the sender against a Bot API that rate-limits, fails and drops', () => {
  it('delivers exactly one digest to each of 2,000 subscribers and stops at chats that blocked the bot', async () => {
    stores = openStores(join(tempDir(), 'store.db'));
    await queueDigests(stores, 2000);
    const api = await startLimitedBotApi({
      perSecond: 1000, perChatMs: 1000, every429: 401, retryAfterS: 1, every500: 157, everyDrop: 211, blocked: (chat) => chat % 500 === 0,
    });
    close = api.close;
    const sender = createSender({
      api: new Api('1:TEST', { apiRoot: api.apiRoot }),
      outbox: stores.outbox,
      subscribers: stores.subscribers,
      clock: systemClock,
      logger,
      limits: { perSecond: 1000, privateGapMs: 1000, groupGapMs: 3000 },
    });
    for (let round = 0; round < 200; round += 1) {
      const counts = await stores.outbox.counts();
      if (counts.pending === 0 && counts.sending === 0) break;
      if ((await sender.drain(500)) === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const counts = await stores.outbox.counts();
    expect(counts).toMatchObject({ pending: 0, sending: 0, sent: 2096, blocked: 4, failed: 0 });
    for (let chatId = 1; chatId <= 2000; chatId += 1) expect(api.delivered.get(chatId) ?? 0).toBe(chatId % 500 === 0 ? 0 : chatId <= 100 ? 2 : 1);
    expect(api.messages.filter((m) => m.text.startsWith('<b>Your briefing</b>'))).toHaveLength(1996);
    expect(api.stats().perChatLimited).toBe(0);
    expect((await stores.subscribers.get(500))?.blocked).toBe(true);
    expect(api.stats().rateLimited).toBeGreaterThan(0);
  }, 90_000);
});
