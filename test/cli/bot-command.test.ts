import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { runWirebriefChild } from '../helpers/run-child.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';

describe('wirebrief bot against a Bot API server on 127.0.0.1', () => {
  it('long-polls, answers /start and a question, and exits cleanly on SIGTERM with the store intact', async () => {
    const db = join(tempDir(), 'store.db');
    expect((await runCliCaptured(['ingest', seedPath, '--db', db])).code).toBe(0);
    const api = await startFakeBotApi({ ...testBotInfo });
    const run = runWirebriefChild(['bot', '--db', db], { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'info' });
    try {
      const chat = { id: 321, type: 'private' as const, first_name: 'Reader' };
      const from = { id: 321, is_bot: false, first_name: 'Reader', language_code: 'en' };
      api.push({ message: { message_id: 1, date: 1_770_000_000, chat, from, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } });
      const welcome = await api.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('Welcome'));
      expect(welcome.payload).toMatchObject({ chat_id: 321, parse_mode: 'HTML' });
      api.push({ message: { message_id: 2, date: 1_770_000_000, chat, from, text: 'what did Putin say about BRICS' } });
      const answer = await api.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('بريكس'));
      expect(String(answer.payload.text)).toMatch(/<b>Sources<\/b>\n\[1\] KUNA, \u2068Beijing\u2069, 2026-02-04 \/source_kuna_20260204_/); // the dateline in the reader's language
      expect(api.calls.filter((c) => c.method === 'setMyCommands').map((c) => c.payload.language_code)).toEqual([undefined, 'ar']);
      expect(api.calls.some((c) => c.method === 'sendChatAction')).toBe(true);
      run.child.kill('SIGTERM');
      expect((await run.exited).code).toBe(0);
      expect(run.output().stderr).toContain('bot stopped');
      expect(run.output().stderr).not.toContain(token.split(':')[1]);
      const stores = openStores(db);
      try {
        expect(await stores.subscribers.get(321)).toMatchObject({ lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' });
      } finally {
        stores.close();
      }
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await api.close();
    }
  }, 40_000);

  it('refuses to start without a token, pointing at chat', async () => {
    const result = await runCliCaptured(['bot', '--db', join(tempDir(), 'store.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TELEGRAM_BOT_TOKEN: required for `wirebrief bot` (without it, run `wirebrief chat`)');
  });
});
