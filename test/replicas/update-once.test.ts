import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Stores } from '../../src/store/open-stores.js';
import { runBot } from '../../src/telegram/run-bot.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { messageUpdate } from '../helpers/make-update.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { testDatabaseUrl, useStoreBackends } from '../helpers/store-backends.js';

const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const secret = 'replica-secret';

/** A webhook replica on its own port, on its own connection to the shared store. */
async function startReplica(stores: Stores, apiRoot: string) {
  const config = loadConfig({ TELEGRAM_API_ROOT: apiRoot, WEBHOOK_URL: 'https://bot.example.com/hook', WEBHOOK_SECRET: secret, WEBHOOK_PORT: '0' });
  const deps = { config, stores, llm: null, logger: pino({ level: 'silent' }), clock: fixedClock('2026-02-05T08:00:00Z') };
  const controller = new AbortController();
  let listening: (address: AddressInfo) => void = () => {};
  const address = new Promise<AddressInfo>((resolve) => (listening = resolve));
  const running = runBot(token, deps, controller.signal, { onListening: listening });
  const url = `http://127.0.0.1:${(await address).port}/hook`;
  return {
    post: async (update: Update) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret }, body: JSON.stringify(update) });
      return res.status;
    },
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}

/** One conversation of one reader: the bot answers each of these with messages of its own. */
const conversation = () => [messageUpdate('/start', { chatId: 777, userId: 777 }), messageUpdate('/help', { chatId: 777, userId: 777 }), messageUpdate('/topics', { chatId: 777, userId: 777 }), messageUpdate('/language', { chatId: 777, userId: 777 })];

const backend = useStoreBackends().find((b) => b.name === 'postgres') as ReturnType<typeof useStoreBackends>[number];

// Replicas share a PostgreSQL store; SQLite has one bot per file (the bot lock).
describe.skipIf(!testDatabaseUrl)('an update delivered twice, to two replicas on one PostgreSQL', () => {
  it('is handled once: every reply is sent once, as one replica given each update once sends it', async () => {
    const api = await startFakeBotApi({ ...testBotInfo });
    const sent = () => api.calls.filter((c) => c.method === 'sendMessage').map((c) => `${String(c.payload.chat_id)}:${String(c.payload.text)}`);
    try {
      // the replies of one replica that sees each update once
      const alone = await startReplica(await backend.fresh().open(), api.apiRoot);
      for (const update of conversation()) expect(await alone.post(update)).toBe(200);
      await alone.stop();
      const expected = sent();
      expect(expected.length).toBeGreaterThanOrEqual(conversation().length);
      api.calls.length = 0;

      // two replicas on one fresh store; each update to one replica, then again to the other
      const location = backend.fresh();
      const replicas = [await startReplica(await location.open(), api.apiRoot), await startReplica(await location.open(), api.apiRoot)];
      try {
        const updates = conversation();
        for (const [i, update] of updates.entries()) {
          const first = replicas[i % 2] as (typeof replicas)[number];
          const second = replicas[(i + 1) % 2] as (typeof replicas)[number];
          if (i === updates.length - 1) {
            // the last one reaches both at the same moment (a replica slow to answer)
            expect(await Promise.all([first.post(update), second.post(update)])).toEqual([200, 200]);
          } else {
            expect(await first.post(update)).toBe(200);
            expect(await second.post(update)).toBe(200);
          }
        }
      } finally {
        for (const replica of replicas) await replica.stop();
      }
      expect(sent()).toEqual(expected);
    } finally {
      await api.close();
    }
  });
});
