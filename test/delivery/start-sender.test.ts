import { Api } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { createSendBudget } from '../../src/delivery/create-send-budget.js';
import { startSender } from '../../src/delivery/start-sender.js';
import { useSenderFixture } from '../helpers/use-sender-fixture.js';

const fixture = useSenderFixture();

/** A store with `count` alerts due now, one per chat, and the sender's dependencies on a fake Bot API. */
async function setUp(count: number) {
  const stores = fixture.openStore();
  const now = new Date();
  await stores.outbox.enqueue(
    Array.from({ length: count }, (_, i) => ({ key: `m${i + 1}`, chatId: i + 1, kind: 'alert' as const, text: `alert ${i + 1}`, notBefore: now.toISOString() })),
    now,
  );
  const api = await fixture.startApi({});
  const deps = {
    api: new Api('1:TEST', { apiRoot: api.apiRoot }), outbox: stores.outbox, subscribers: stores.subscribers, clock: systemClock,
    logger: pino({ level: 'silent' }),
  };
  return { stores, now, api, deps };
}

describe('startSender stopped and started again', () => {
  it('stops after the message in flight, hands the rest back, and the next run sends each once', async () => {
    const { stores, api, deps } = await setUp(20);
    const first = await startSender({ ...deps, limits: { perSecond: 5, privateGapMs: 1000, groupGapMs: 3000 } }, 10);
    while (api.messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await first.stop();
    const counts = await stores.outbox.counts();
    expect(counts.sending).toBe(0);
    expect(counts.sent).toBeLessThan(20);
    expect(counts.pending).toBe(20 - counts.sent);
    const second = await startSender({ ...deps, limits: { perSecond: 1000, privateGapMs: 1000, groupGapMs: 3000 } }, 10);
    while ((await stores.outbox.counts()).sent < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    await second.stop();
    expect(api.messages.map((m) => m.chatId).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('startSender stopped during a long 429 pause', () => {
  it('returns at once, sending nothing, and hands back the rows that waited for the pause', async () => {
    const { stores, now, api, deps } = await setUp(5);
    const budget = createSendBudget(1000, systemClock);
    budget.pause(600); // a reply met a 429 with a ten-minute retry_after
    const sender = await startSender({ ...deps, budget }, 10);
    while ((await stores.outbox.counts()).sending === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const outcome = await Promise.race([sender.stop().then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5000))]);
    expect(outcome).toBe('stopped');
    expect(api.stats().requests).toBe(0);
    expect(await stores.outbox.counts()).toMatchObject({ pending: 5, sending: 0, sent: 0 });
    expect((await stores.outbox.list({})).every((r) => r.attempts === 0 && r.notBefore === now.toISOString())).toBe(true);
  });
});
