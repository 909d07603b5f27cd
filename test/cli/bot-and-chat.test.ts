import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { testBotInfo } from '../helpers/recording-bot.js';

const tempDir = useTempDir();
const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

function runChild(args: string[], env: Record<string, string>, stdin?: string) {
  const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (stdin !== undefined) child.stdin.end(stdin);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('wirebrief chat', () => {
  it('answers typed lines with the bot’s own handlers and exits when stdin ends', async () => {
    const db = join(tempDir(), 'store.db');
    expect((await runCliCaptured(['ingest', seedPath, '--db', db])).code).toBe(0);
    const run = runChild(['chat', '--db', db], {}, '/start\n2\nwhat did Putin say about BRICS\n/follow BRICS\n/topics\n');
    expect((await run.exited).code).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain('Welcome to wirebrief');
    expect(stdout).toContain('  [1] العربية\n  [2] English');
    expect(stdout).toContain('Language set to English.');
    expect(stdout).toMatch(/Putin \(KUNA, بكين, 2026-02-04\): «وأعرب عن استعداد موسكو/);
    expect(stdout).toMatch(/\[1\] KUNA, بكين, 2026-02-04 \/source_kuna_20260204_/);
    expect(stdout).toContain('You follow: BRICS');
    expect(stdout).not.toContain('<b>');
  }, 30_000);
});

describe('wirebrief start with no configuration', () => {
  it('seeds the empty store and opens the chat', async () => {
    const db = join(tempDir(), 'fresh.db');
    const run = runChild(['start', '--db', db], {}, 'ماذا قال بوتين عن بريكس\n');
    expect((await run.exited).code).toBe(0);
    expect(run.output().stderr).toContain('ingested 1 dispatch(es) from seeds/');
    expect(run.output().stdout).toContain('مقتطفات من البرقيات');
  }, 30_000);
});

describe('wirebrief bot against a Bot API server on 127.0.0.1', () => {
  it('polls, answers /start and a question, and exits cleanly on SIGTERM', async () => {
    const db = join(tempDir(), 'store.db');
    expect((await runCliCaptured(['ingest', seedPath, '--db', db])).code).toBe(0);
    const api = await startFakeBotApi({ ...testBotInfo });
    const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
    const run = runChild(['bot', '--db', db], { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'warn' });
    try {
      const chat = { id: 321, type: 'private' as const, first_name: 'Reader' };
      const from = { id: 321, is_bot: false, first_name: 'Reader', language_code: 'en' };
      api.push({ message: { message_id: 1, date: 1_770_000_000, chat, from, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } });
      const welcome = await api.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('Welcome'));
      expect(welcome.payload.chat_id).toBe(321);
      api.push({ message: { message_id: 2, date: 1_770_000_000, chat, from, text: 'what did Putin say about BRICS' } });
      const answer = await api.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('بريكس'));
      expect(String(answer.payload.text)).toContain('<b>Sources</b>');
      expect(api.calls.some((c) => c.method === 'setMyCommands')).toBe(true);
      run.child.kill('SIGTERM');
      const exit = await run.exited;
      expect(exit.code).toBe(0);
      expect(run.output().stderr).not.toContain(token.split(':')[1]);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await api.close();
    }
  }, 40_000);
});
