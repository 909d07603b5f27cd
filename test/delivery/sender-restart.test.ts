import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { startLimitedBotApi } from '../helpers/fake-bot-api-limits.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const child = fileURLToPath(new URL('./sender-child.ts', import.meta.url));
const SUBSCRIBERS = 2000;
let closeApi: (() => Promise<void>) | null = null;
afterEach(async () => {
  await closeApi?.();
  closeApi = null;
});

async function queueDigests(path: string) {
  const stores = openStores(path);
  const now = new Date('2026-02-05T04:00:00Z');
  const messages = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    key: `digest:${i + 1}:2026-02-05`, chatId: i + 1, kind: 'digest' as const, text: `<b>Your briefing</b> #${i + 1}`, notBefore: now.toISOString(),
  }));
  await stores.outbox.enqueue(messages, now);
  stores.close();
}

function runSender(path: string, apiRoot: string): { process: ChildProcess; exited: Promise<NodeJS.Signals | number | null> } {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, path, apiRoot], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => process_.on('exit', (code, signal) => resolve(signal ?? code)));
  return { process: process_, exited };
}

/** Sends 2,000 digests, SIGKILLs the sender while Telegram holds request `killAt`, restarts it, lets it finish. */
async function killHalfway(as: 'accepted' | 'unseen') {
  const path = join(tempDir(), 'store.db');
  await queueDigests(path);
  let first: ReturnType<typeof runSender> | null = null;
  const api = await startLimitedBotApi({ every500: 301, everyDrop: 457, hold: { at: SUBSCRIBERS / 2, as, then: () => first?.process.kill('SIGKILL') } });
  closeApi = api.close;
  first = runSender(path, api.apiRoot);
  expect(await first.exited).toBe('SIGKILL');
  const deliveredAtKill = [...api.delivered.values()].reduce((a, b) => a + b, 0);
  expect(deliveredAtKill).toBeGreaterThan(SUBSCRIBERS / 3);
  expect(deliveredAtKill).toBeLessThan(SUBSCRIBERS);
  expect(await runSender(path, api.apiRoot).exited).toBe(0);
  const stores = openStores(path);
  const counts = await stores.outbox.counts();
  stores.close();
  expect(counts).toMatchObject({ pending: 0, sending: 0, sent: SUBSCRIBERS, failed: 0 });
  const perChat = Array.from({ length: SUBSCRIBERS }, (_, i) => api.delivered.get(i + 1) ?? 0);
  return perChat;
}

describe('a sender killed halfway and started again', () => {
  it('leaves every subscriber with exactly one digest when the kill comes before Telegram took the message in flight', async () => {
    const perChat = await killHalfway('unseen');
    expect(perChat.every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('repeats at most the one message Telegram took but the sender never heard back about', async () => {
    const perChat = await killHalfway('accepted');
    expect(perChat.every((n) => n >= 1)).toBe(true);
    expect(perChat.filter((n) => n === 2)).toHaveLength(1);
    expect(perChat.filter((n) => n > 2)).toHaveLength(0);
  }, 60_000);
});
