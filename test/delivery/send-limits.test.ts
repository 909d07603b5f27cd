import { join } from 'node:path';
import { Api } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createSender } from '../../src/delivery/create-sender.js';
import { sendLimitsForRate } from '../../src/delivery/send-limits.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
let stores: Stores | null = null;
afterEach(() => stores?.close());

describe('send limits from WIREBRIEF_SEND_RATE', () => {
  it('stays free up to 30/s and turns to paid broadcasts above, at most 1000/s', () => {
    expect(sendLimitsForRate(30)).toEqual({ perSecond: 30, privateGapMs: 1000, groupGapMs: 3000, paidBroadcast: false });
    expect(sendLimitsForRate(500)).toMatchObject({ perSecond: 500, paidBroadcast: true });
    expect(sendLimitsForRate(5000)).toMatchObject({ perSecond: 1000, paidBroadcast: true });
  });

  it('refuses a WIREBRIEF_SEND_RATE above 1000, naming the ceiling', () => {
    expect(loadConfig({ WIREBRIEF_SEND_RATE: '1000' }).WIREBRIEF_SEND_RATE).toBe(1000);
    expect(() => loadConfig({ WIREBRIEF_SEND_RATE: '1001' })).toThrow(/WIREBRIEF_SEND_RATE: at most 1000 messages\/s/);
  });

  it('asks Telegram for a paid broadcast only when the rate needs it', async () => {
    stores = openStores(join(tempDir(), 'store.db'));
    const at = new Date('2026-02-05T04:00:00Z');
    await stores.outbox.enqueue([1, 2].map((chatId) => ({ key: `b:${chatId}`, chatId, kind: 'broadcast' as const, text: 'hello', notBefore: at.toISOString() })), at);
    const sent: Array<Record<string, unknown>> = [];
    const api = new Api('1:TEST');
    api.config.use(async (_prev, method, payload) => {
      sent.push({ method, ...(payload as object) });
      return { ok: true, result: { message_id: sent.length, date: 0, chat: { id: 1, type: 'private' } } } as never;
    });
    const deps = { api, outbox: stores.outbox, subscribers: stores.subscribers, clock: fixedClock(at), logger: pino({ level: 'silent' }), sleep: async () => {} };
    await createSender({ ...deps, limits: sendLimitsForRate(500) }).drain(1);
    await createSender({ ...deps, limits: sendLimitsForRate(30) }).drain(1);
    expect(sent.map((s) => [s.method, s.chat_id, s.allow_paid_broadcast])).toEqual([
      ['sendMessage', 1, true],
      ['sendMessage', 2, undefined],
    ]);
  });
});
