import { Api } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { createSender } from '../../src/delivery/create-sender.js';
import { useSenderFixture } from '../helpers/use-sender-fixture.js';

const fixture = useSenderFixture();

describe('per-chat order and gaps with many messages in flight', () => {
  it('gives a chat its three queued messages in order, ≥ 1 s apart (a group’s ≥ 3 s), a retry included, as Telegram records them', async () => {
    const stores = fixture.openStore();
    const now = new Date();
    const at = now.toISOString();
    const others = Array.from({ length: 400 }, (_, i) => ({ key: `o${i}`, chatId: 1000 + i, kind: 'broadcast' as const, text: `other ${i}`, notBefore: at }));
    const mine = [1, 2, 3].flatMap((n) => [
      { key: `p${n}`, chatId: 7, kind: 'alert' as const, text: `private ${n}`, notBefore: at },
      { key: `g${n}`, chatId: -9, kind: 'alert' as const, text: `group ${n}`, notBefore: at },
    ]);
    await stores.outbox.enqueue([...mine.slice(0, 2), ...others.slice(0, 200), ...mine.slice(2), ...others.slice(200)], now);
    // Telegram's own per-chat limit answers 429 to a message sooner than 1 s after the last one; the
    // first private message fails once (500), and the next two must not overtake its retry
    const api = await fixture.startApi({ latencyMs: 80, perSecond: 200, perChatMs: 1000, fail500Once: 'private 1' });
    const sender = createSender({
      api: new Api('1:TEST', { apiRoot: api.apiRoot }), outbox: stores.outbox, subscribers: stores.subscribers, clock: systemClock,
      logger: pino({ level: 'silent' }), limits: { perSecond: 200, privateGapMs: 1000, groupGapMs: 3000 },
    });
    let done = false;
    const deadline = Date.now() + 45_000;
    const watch = setInterval(() => void stores.outbox.counts().then((c) => (done = c.pending + c.sending === 0 || Date.now() > deadline)), 50);
    await sender.run(() => done, 50);
    clearInterval(watch);

    const to = (chatId: number) => api.accepted.filter((m) => m.chatId === chatId);
    expect(to(7).map((m) => m.text)).toEqual(['private 1', 'private 2', 'private 3']);
    expect(to(-9).map((m) => m.text)).toEqual(['group 1', 'group 2', 'group 3']);
    const gaps = (chatId: number) => to(chatId).slice(1).map((m, i) => m.at - (to(chatId)[i] as { at: number }).at);
    expect(Math.min(...gaps(7))).toBeGreaterThanOrEqual(1000);
    expect(Math.min(...gaps(-9))).toBeGreaterThanOrEqual(3000);
    expect(api.accepted).toHaveLength(406);
    expect(api.stats().perChatLimited).toBe(0);
    expect(api.stats().maxInFlight).toBeGreaterThan(1); // several in flight at once
  }, 60_000);
});
