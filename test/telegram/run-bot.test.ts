import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { runBot } from '../../src/telegram/run-bot.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { useSeededStores } from './seeded-stores.js';

const stores = useSeededStores();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const start = { update_id: 1, message: { message_id: 1, date: 1_770_000_000, chat: { id: 321, type: 'private', first_name: 'Reader' }, from: { id: 321, is_bot: false, first_name: 'Reader', language_code: 'ar' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } };

describe('runBot with a webhook', () => {
  it('sets the webhook with its secret, answers only requests that carry it, and stops on abort', async () => {
    const api = await startFakeBotApi({ ...testBotInfo });
    const config = loadConfig({ TELEGRAM_API_ROOT: api.apiRoot, WEBHOOK_URL: 'https://bot.example.com/hook', WEBHOOK_SECRET: 's3cret-token', WEBHOOK_PORT: '0' });
    const deps = { config, stores: stores(), llm: null, logger: pino({ level: 'silent' }), clock: fixedClock('2026-02-05T08:00:00Z') };
    const controller = new AbortController();
    let listening: (address: AddressInfo) => void = () => {};
    const address = new Promise<AddressInfo>((resolve) => (listening = resolve));
    const running = runBot(token, deps, controller.signal, { onListening: listening });
    try {
      const url = `http://127.0.0.1:${(await address).port}/hook`;
      expect(api.calls.find((c) => c.method === 'setWebhook')?.payload).toMatchObject({ url: 'https://bot.example.com/hook', secret_token: 's3cret-token' });
      const post = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(start) });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
      expect(api.calls.some((c) => c.method === 'sendMessage')).toBe(false);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 's3cret-token' })).status).toBe(200);
      const welcome = await api.waitFor((c) => c.method === 'sendMessage');
      expect(welcome.payload).toMatchObject({ chat_id: 321, parse_mode: 'HTML' });
      expect(String(welcome.payload.text)).toContain('أهلا بك في');
    } finally {
      controller.abort();
      await running;
      await api.close();
    }
  });

  it('reports a token Telegram rejects as a configuration problem', async () => {
    const api = await startFakeBotApi({ ...testBotInfo }, { rejectToken: true });
    const deps = { config: loadConfig({ TELEGRAM_API_ROOT: api.apiRoot }), stores: stores(), llm: null, logger: pino({ level: 'silent' }), clock: fixedClock('2026-02-05T08:00:00Z') };
    try {
      await expect(runBot(token, deps, new AbortController().signal)).rejects.toThrow('TELEGRAM_BOT_TOKEN: Telegram rejected the token (401 Unauthorized)');
    } finally {
      await api.close();
    }
  });
});
