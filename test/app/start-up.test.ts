import { type Server, type Socket, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { runWirebriefChild } from '../helpers/run-child.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const servers: Array<{ server: Server; sockets: Set<Socket> }> = [];
afterEach(async () => {
  for (const { server, sockets } of servers.splice(0)) {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A TCP server that accepts connections and never answers: an API root that is "up" but unreachable. */
async function blackHole(): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ server, sockets });
  return (server.address() as AddressInfo).port;
}

function startBot(env: Record<string, string>) {
  const run = runWirebriefChild(['bot', '--db', join(tempDir(), 'store.db')], { TELEGRAM_BOT_TOKEN: token, LOG_LEVEL: 'info', ...env });
  const bounded = (ms: number) =>
    Promise.race([run.exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))]).finally(() => {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    });
  const waitForLog = async (text: string) => {
    for (let i = 0; i < 600 && !run.output().stderr.includes(text) && run.child.exitCode === null; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run.output().stderr).toContain(text);
  };
  return { ...run, bounded, waitForLog };
}

describe('wirebrief bot start-up', () => {
  it('says what it is doing and gives up on an unreachable Bot API after the step timeout, with one clear line (exit 1)', async () => {
    const port = await blackHole();
    const bot = startBot({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, WIREBRIEF_STARTUP_TIMEOUT_MS: '1500' });
    expect(await bot.bounded(30_000)).toEqual({ code: 1, signal: null });
    const { stderr } = bot.output();
    expect(stderr).toContain('starting: outbox sender');
    expect(stderr).toContain('starting: getMe (Telegram Bot API)');
    const last = stderr.trim().split('\n').at(-1);
    expect(last).toBe(
      `wirebrief: start-up gave up on "getMe (Telegram Bot API)" after 1.5 s: no answer from the Telegram Bot API at http://127.0.0.1:${port}; check the network or TELEGRAM_API_ROOT`,
    );
  }, 40_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`honours ${signal} while waiting for the Bot API (exit 0)`, async () => {
      const port = await blackHole();
      const bot = startBot({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, WIREBRIEF_STARTUP_TIMEOUT_MS: '120000' });
      await bot.waitForLog('starting: getMe');
      bot.child.kill(signal);
      expect(await bot.bounded(15_000)).toEqual({ code: 0, signal: null });
      expect(bot.output().stderr).toContain('bot stopped: start-up stopped during \\"getMe (Telegram Bot API)\\"');
    }, 40_000);
  }

  it('ends with exit 1 and the address when the HTTP inbox port is in use', async () => {
    const port = await blackHole();
    const taken = await blackHole();
    const bot = startBot({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, WIREBRIEF_HTTP_PORT: String(taken), WIREBRIEF_HTTP_TOKEN: 'inbox-token-123' });
    expect(await bot.bounded(30_000)).toEqual({ code: 1, signal: null });
    expect(bot.output().stderr.trim().split('\n').at(-1)).toBe(`wirebrief: the HTTP inbox cannot listen on 127.0.0.1:${taken}: the port is in use by another process`);
  }, 40_000);

  it('ends with exit 1 and the address when the webhook port is in use', async () => {
    const api = await startFakeBotApi({ ...testBotInfo });
    try {
      const taken = await blackHole();
      const bot = startBot({ TELEGRAM_API_ROOT: api.apiRoot, WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'hook-secret', WEBHOOK_PORT: String(taken) });
      expect(await bot.bounded(30_000)).toEqual({ code: 1, signal: null });
      expect(bot.output().stderr).toContain('starting: webhook server');
      expect(bot.output().stderr.trim().split('\n').at(-1)).toBe(`wirebrief: the webhook server cannot listen on 0.0.0.0:${taken}: the port is in use by another process`);
    } finally {
      await api.close();
    }
  }, 40_000);
});
