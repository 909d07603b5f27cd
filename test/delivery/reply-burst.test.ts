import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { runWirebriefChild } from '../helpers/run-child.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const USERS = 300;
const apology = 'Sorry, something went wrong';

describe('a burst of /start presses against Telegram’s 30 messages a second', () => {
  it('answers all 300 presses made within one second, each once, with no apology', async () => {
    const api = await startFakeBotApi({ ...testBotInfo }, { latencyMs: 100, perSecond: 30, retryAfterS: 1 });
    const run = runWirebriefChild(['bot', '--db', join(tempDir(), 'store.db')], {
      TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.apiRoot, WIREBRIEF_SEND_RATE: '30', LOG_LEVEL: 'warn',
    });
    try {
      await api.waitFor((c) => c.method === 'setMyCommands');
      // 300 users press /start within one second: ten every 33 ms
      for (let user = 1; user <= USERS; user += 1) {
        const chat = { id: 10_000 + user, type: 'private' as const, first_name: `Reader ${user}` };
        const from = { id: chat.id, is_bot: false, first_name: chat.first_name, language_code: 'en' };
        api.push({ message: { message_id: 1, date: 1_770_000_000, chat, from, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } });
        if (user % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 33));
      }
      const replies = () => api.calls.filter((c) => c.method === 'sendMessage');
      // 300 replies at 30/s take ten seconds; the bound is generous for a loaded machine
      for (let waited = 0; replies().length < USERS && waited < 60_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
      const perChat = new Map<number, number>();
      for (const reply of replies()) perChat.set(Number(reply.payload.chat_id), (perChat.get(Number(reply.payload.chat_id)) ?? 0) + 1);
      expect(perChat.size).toBe(USERS);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      expect(replies().every((c) => !String(c.payload.text).includes(apology))).toBe(true);
      expect(api.rateLimited()).toBeLessThanOrEqual(5);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGTERM');
      await run.exited;
      await api.close();
    }
  }, 90_000);
});
