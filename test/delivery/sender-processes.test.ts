import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { startLimitedBotApi } from '../helpers/fake-bot-api-limits.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const child = fileURLToPath(new URL('./sender-child.ts', import.meta.url));
let closeApi: (() => Promise<void>) | null = null;
afterEach(async () => {
  await closeApi?.();
  closeApi = null;
});

async function queueBroadcast(path: string, count: number) {
  const stores = openStores(path);
  const now = new Date();
  await stores.outbox.enqueue(
    Array.from({ length: count }, (_, i) => ({ key: `broadcast:b1:${i + 1}`, chatId: i + 1, kind: 'broadcast' as const, text: `Notice #${i + 1}`, notBefore: now.toISOString() })),
    now,
  );
  stores.close();
}

/** sender-child.ts on the store; resolves with how it ended and how many messages it says it sent. */
function runSender(path: string, apiRoot: string, options: Record<string, number>) {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, path, apiRoot, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  process_.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<{ end: NodeJS.Signals | number | null; sent: number | null }>((resolve) =>
    process_.on('exit', (code, signal) => resolve({ end: signal ?? code, sent: stdout ? (JSON.parse(stdout) as { sent: number }).sent : null })),
  );
  return { process: process_, exited };
}

async function storeCounts(path: string) {
  const stores = openStores(path);
  try {
    return await stores.outbox.counts();
  } finally {
    stores.close();
  }
}

describe('several sender processes on one SQLite store', () => {
  it('two senders at once drain 5,000 rows, each delivered exactly once, both doing part of it', async () => {
    const ROWS = 5000;
    const path = join(tempDir(), 'store.db');
    await queueBroadcast(path, ROWS);
    const api = await startLimitedBotApi({ latencyMs: 20, every500: 499, everyDrop: 613 });
    closeApi = api.close;
    const options = { perSecond: 2000, maxInFlight: 64, leaseMs: 10_000 };
    // the second starts while the first is sending (a restart of the old kind would requeue the first one's rows)
    const first = runSender(path, api.apiRoot, options);
    for (let waited = 0; api.messages.length < 300 && waited < 60_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const [a, b] = await Promise.all([first.exited, runSender(path, api.apiRoot, options).exited]);
    expect([a.end, b.end]).toEqual([0, 0]);
    expect(await storeCounts(path)).toMatchObject({ pending: 0, sending: 0, sent: ROWS, failed: 0 });
    const perChat = Array.from({ length: ROWS }, (_, i) => api.delivered.get(i + 1) ?? 0);
    expect(perChat.filter((n) => n !== 1)).toEqual([]);
    expect((a.sent ?? 0) + (b.sent ?? 0)).toBe(ROWS);
    expect(Math.min(a.sent ?? 0, b.sent ?? 0)).toBeGreaterThan(ROWS / 10);
    expect(api.stats().maxInFlight).toBeGreaterThan(1);
  }, 120_000);

  it('a sender SIGKILLed with K messages in flight repeats at most those K, once each; the rest go out once after restart', async () => {
    const ROWS = 3000;
    const path = join(tempDir(), 'store.db');
    await queueBroadcast(path, ROWS);
    const options = { perSecond: 500, maxInFlight: 512, leaseMs: 3000 };
    let first: ReturnType<typeof runSender> | null = null;
    let inFlightAtKill = 0;
    let requestsAtKill = 0;
    const api = await startLimitedBotApi({
      latencyMs: 200,
      hold: {
        at: ROWS / 3,
        as: 'accepted',
        then: () => {
          inFlightAtKill = api.inFlight();
          requestsAtKill = api.stats().requests;
          first?.process.kill('SIGKILL');
        },
      },
    });
    closeApi = api.close;
    first = runSender(path, api.apiRoot, options);
    expect((await first.exited).end).toBe('SIGKILL');
    const deliveredAtKill = [...api.delivered.values()].reduce((x, y) => x + y, 0);
    // what the killed sender had in flight: unanswered when the kill came, or on the wire already
    const inFlightOnKill = inFlightAtKill + (api.stats().requests - requestsAtKill);
    expect((await runSender(path, api.apiRoot, options).exited).end).toBe(0);
    expect(await storeCounts(path)).toMatchObject({ pending: 0, sending: 0, sent: ROWS, failed: 0 });

    const perChat = Array.from({ length: ROWS }, (_, i) => api.delivered.get(i + 1) ?? 0);
    const repeated = perChat.filter((n) => n === 2).length;
    // K for 500/s at a 200 ms round trip is about 1.5 x 500 x 0.2 + 1 = 151
    expect(inFlightAtKill).toBeGreaterThan(10); // many in flight: the pipeline was at work
    expect(inFlightOnKill).toBeLessThanOrEqual(options.maxInFlight);
    expect(repeated).toBeGreaterThanOrEqual(1); // at least the held message, which Telegram took
    expect(repeated).toBeLessThanOrEqual(inFlightOnKill);
    expect(perChat.every((n) => n === 1 || n === 2)).toBe(true);
    process.stderr.write(`kill bound: ${inFlightOnKill} in flight at the kill, ${repeated} repeated\n`);
    expect(deliveredAtKill).toBeLessThan(ROWS);
  }, 120_000);
});
