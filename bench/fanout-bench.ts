import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Api } from 'grammy';
import pino from 'pino';
import { systemClock } from '../src/clock.js';
import { createSender } from '../src/delivery/create-sender.js';
import { openStores } from '../src/store/open-stores.js';
import { startLimitedBotApi } from '../test/helpers/fake-bot-api-limits.js';

export interface FanoutResult {
  messages: number;
  /** the global limit the fake Bot API enforces (429 past it) and the sender is set to */
  limit_per_s: number;
  achieved_per_s: number;
  /** queued messages no chat received */
  lost: number;
  /** deliveries beyond one per message */
  duplicates: number;
  /** 429s the fake Bot API answered */
  rate_limited: number;
}

/**
 * Fan-out: `messages` digests (one per chat) through the real outbox and sender to a fake Bot API
 * on 127.0.0.1 that answers 429 past `limitPerS` in any sliding second. 200/s by default, so
 * 5,000 messages take about 25 s; Telegram's own default is 30/s.
 */
export async function runFanoutBench(options: { messages?: number; limitPerS?: number } = {}): Promise<FanoutResult> {
  const messages = options.messages ?? 5000;
  const limit = options.limitPerS ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'wirebrief-fanout-'));
  const stores = openStores(join(dir, 'fanout.db'));
  const api = await startLimitedBotApi({ perSecond: limit, retryAfterS: 1 });
  try {
    const now = systemClock.now();
    await stores.outbox.enqueue(
      Array.from({ length: messages }, (_, i) => ({
        key: `digest:${i + 1}:bench`, chatId: i + 1, kind: 'digest' as const, text: `<b>Your briefing</b> #${i + 1}`, notBefore: now.toISOString(),
      })),
      now,
    );
    const sender = createSender({
      api: new Api('1:BENCH', { apiRoot: api.apiRoot }), outbox: stores.outbox, subscribers: stores.subscribers, clock: systemClock,
      logger: pino({ level: 'silent' }), limits: { perSecond: limit, privateGapMs: 1000, groupGapMs: 3000 },
    });
    const start = performance.now();
    for (;;) {
      const counts = await stores.outbox.counts();
      if (counts.pending === 0 && counts.sending === 0) break;
      if ((await sender.drain(500)) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - start) / 1000;
    const received = [...api.delivered.values()];
    const total = received.reduce((a, b) => a + b, 0);
    return {
      messages,
      limit_per_s: limit,
      achieved_per_s: Math.round((total / seconds) * 10) / 10,
      lost: messages - received.length,
      duplicates: total - received.length,
      rate_limited: api.stats().rateLimited,
    };
  } finally {
    stores.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
