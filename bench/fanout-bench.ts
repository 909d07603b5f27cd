import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Api } from 'grammy';
import pino from 'pino';
import { systemClock } from '../src/clock.js';
import { createSender } from '../src/delivery/create-sender.js';
import { sendLimitsForRate } from '../src/delivery/send-limits.js';
import { openStores } from '../src/store/open-stores.js';
import { startLimitedBotApiThread } from '../test/helpers/fake-bot-api-thread.js';

export interface FanoutCase {
  latency_ms: number;
  /** the global limit the fake Bot API enforces (429 past it, sliding second) and the sender is set to */
  limit_per_s: number;
  messages: number;
  /** messages the fake accepted per second, from the first send to the last arrival */
  achieved_per_s: number;
  /** queued messages no chat received */
  lost: number;
  /** deliveries beyond one per message */
  duplicates: number;
  /** 429s the fake Bot API answered */
  rate_limited: number;
  /** the most requests the fake held at once (the sender's K at work) */
  max_in_flight: number;
}

/** The issue's cases: Telegram's free 30/s at a 150 ms round trip, paid broadcasts' 1,000/s at 300 ms. */
export const fanoutCases = [
  { limitPerS: 30, latencyMs: 150, messages: 450 },
  { limitPerS: 1000, latencyMs: 300, messages: 15_000 },
];

/**
 * Fan-out: `messages` digests (one per chat) through the real outbox and sender (`run`, as
 * `wirebrief bot` runs it) to a fake Bot API on 127.0.0.1 that answers every request `latencyMs`
 * after it arrived and answers 429 past `limitPerS` in any sliding second.
 */
export async function runFanoutCase(options: { limitPerS: number; latencyMs: number; messages: number }): Promise<FanoutCase> {
  const { limitPerS, latencyMs, messages } = options;
  const dir = mkdtempSync(join(tmpdir(), 'wirebrief-fanout-'));
  const stores = openStores(join(dir, 'fanout.db'));
  const api = await startLimitedBotApiThread({ perSecond: limitPerS, retryAfterS: 1, latencyMs });
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
      logger: pino({ level: 'silent' }), limits: sendLimitsForRate(limitPerS),
    });
    let done = false;
    const watch = setInterval(() => {
      void stores.outbox.counts().then((counts) => (done = counts.pending + counts.sending === 0));
    }, 50);
    const start = performance.timeOrigin + performance.now();
    await sender.run(() => done || performance.timeOrigin + performance.now() - start > 600_000, 50);
    clearInterval(watch);
    const report = await api.report();
    const received = [...report.delivered.values()];
    const total = received.reduce((a, b) => a + b, 0);
    return {
      latency_ms: latencyMs,
      limit_per_s: limitPerS,
      messages,
      achieved_per_s: Math.round((total / (((report.lastAcceptedAt ?? start) - start) / 1000)) * 10) / 10,
      lost: messages - received.length,
      duplicates: total - received.length,
      rate_limited: report.stats.rateLimited,
      max_in_flight: report.stats.maxInFlight,
    };
  } finally {
    stores.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every case in turn (they share the CPU badly if run together), or those at `onlyPerS` alone. */
export async function runFanoutBench(onlyPerS?: number): Promise<FanoutCase[]> {
  const results: FanoutCase[] = [];
  for (const options of fanoutCases) if (onlyPerS === undefined || options.limitPerS === onlyPerS) results.push(await runFanoutCase(options));
  return results;
}

// `node bin/run-ts.js bench/fanout-bench.ts [limit]`: the fan-out cases alone (or the one at `limit`/s),
// with the machine's load average (1, 5, 15 min) before the run
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const loadAverage = loadavg().map((load) => Math.round(load * 100) / 100);
  process.stdout.write(`${JSON.stringify({ fanout: await runFanoutBench(only), load_average_before: loadAverage })}\n`);
}
