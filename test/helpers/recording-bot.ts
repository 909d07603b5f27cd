import pino from 'pino';
import type { Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Stores } from '../../src/store/open-stores.js';
import type { BotDeps } from '../../src/telegram/bot-context.js';
import { createBot } from '../../src/telegram/create-bot.js';

export const testBotInfo = {
  id: 42,
  is_bot: true,
  first_name: 'wirebrief',
  username: 'wirebrief_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as UserFromGetMe;

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A real bot on a real store whose API calls are recorded and answered in-process; `fail` scripts an error for a method. */
export function createRecordingBot(stores: Stores, env: Record<string, string> = {}, overrides: Partial<BotDeps> = {}) {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, { error_code: number; description: string }>();
  const clock = fixedClock('2026-02-05T08:00:00Z');
  const deps: BotDeps = { config: loadConfig(env), stores, llm: null, logger: pino({ level: 'silent' }), clock, ...overrides };
  const transport: Transformer = async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const failure = failures.get(method);
    if (failure) return { ok: false, ...failure } as never;
    const p = payload as { file_id?: string };
    const result =
      method === 'sendMessage' || method === 'editMessageText'
        ? { message_id: calls.length, date: 0, chat: { id: 0, type: 'private' }, text: '' }
        : method === 'getFile'
          ? { file_id: p.file_id, file_unique_id: `u-${p.file_id}`, file_path: `documents/${p.file_id}.txt` }
          : true;
    return { ok: true, result } as never;
  };
  const bot = createBot('42:TEST', deps, { botInfo: testBotInfo, transport });
  const sent = () => calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
  return {
    bot,
    deps,
    calls,
    clock,
    fail: (method: string, error_code: number, description: string) => failures.set(method, { error_code, description }),
    heal: (method: string) => failures.delete(method),
    /** texts the user saw, in order */
    texts: () => sent().map((c) => String(c.payload.text)),
    lastText: () => String(sent().at(-1)?.payload.text ?? ''),
    lastKeyboard: () => ((sent().at(-1)?.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined)?.inline_keyboard ?? []).flat(),
  };
}
