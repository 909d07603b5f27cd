import { createInterface } from 'node:readline';
import type { Update, UserFromGetMe } from 'grammy/types';
import { InputError } from '../errors.js';
import { createLogger } from '../logger.js';
import { loadBilingualDictionary } from '../search/load-bilingual-dictionary.js';
import { openStoreAt } from '../store/open-store-at.js';
import { createBot } from '../telegram/create-bot.js';
import { telegramPresenter } from '../telegram/presenter.js';
import { startTerminalDelivery } from '../telegram/start-terminal-delivery.js';
import { createTerminalApi } from '../telegram/terminal-api.js';
import { llmFromConfig } from './ask-command.js';
import { type CommandContext, storeOptions } from './cli-io.js';

export const terminalBotInfo: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: 'wirebrief',
  username: 'wirebrief_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

const USER = { id: 1001, is_bot: false, first_name: 'you' };

/**
 * `wirebrief chat`: the Telegram bot's own handlers, driven from the terminal. Each line is a
 * message; a number picks a button of the last keyboard. Needs no token and no network.
 * `--lang ar|en` sets the terminal user's language (else the one chosen before, else English).
 */
export async function chatCommand(ctx: CommandContext): Promise<number> {
  const lang = ctx.options.lang === 'ar' || ctx.options.lang === 'en' ? ctx.options.lang : undefined;
  if (ctx.options.lang !== undefined && !lang) throw new InputError(`--lang must be ar or en, not "${String(ctx.options.lang)}"`);
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  const logger = createLogger(ctx.config.LOG_LEVEL === 'info' ? 'warn' : ctx.config.LOG_LEVEL);
  const from = { ...USER, language_code: lang ?? 'en' };
  const terminal = createTerminalApi((text) => ctx.io.stdout(`\n${text}\n`), USER.id);
  const deps = { config: ctx.config, stores, llm: llmFromConfig(ctx.config, logger), logger, clock: { now: ctx.io.now }, presenter: telegramPresenter, dictionary: loadBilingualDictionary(logger) };
  const bot = createBot('0:terminal', deps, { botInfo: terminalBotInfo, transport: terminal.transformer });
  let updateId = 0;
  ctx.io.stderr('wirebrief chat: type a question or a command (/help); Ctrl-D to quit.\n');
  // digests and alerts for this chat print here as they are sent, as Telegram would show them
  const delivery = await startTerminalDelivery(deps, USER.id, (text) => ctx.io.stdout(`\n${text}\n`));
  try {
    if (lang) {
      // An explicit --lang wins over what an earlier session chose.
      await stores.subscribers.ensure({ chatId: USER.id, chatType: 'private', lang, timeZone: ctx.config.WIREBRIEF_TZ, digestTime: '07:00' }, ctx.io.now());
      await stores.subscribers.update(USER.id, { lang }, ctx.io.now());
    }
    for await (const line of createInterface({ input: ctx.io.stdin, crlfDelay: Infinity })) {
      const text = line.trim();
      if (!text) continue;
      updateId += 1;
      const date = Math.floor(Date.now() / 1000);
      const chat = { id: USER.id, type: 'private' as const, first_name: 'you' };
      const choice = /^\d+$/.test(text) ? terminal.choices()[Number(text) - 1] : undefined;
      const update: Update = choice
        ? {
            update_id: updateId,
            callback_query: { id: String(updateId), from, chat_instance: 'terminal', data: choice.data, message: { message_id: choice.messageId, date, chat, text: '' } },
          }
        : {
            update_id: updateId,
            message: {
              message_id: updateId,
              date,
              chat,
              from,
              text,
              ...(text.startsWith('/') ? { entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]?.length ?? 1 }] } : {}),
            },
          };
      // The bot's error boundary answers handler failures; this catches the rest so one line never ends the session.
      await bot.handleUpdate(update).catch((error: unknown) => {
        logger.error({ err: error }, 'update failed');
        ctx.io.stdout('\n(something went wrong with that line; see the log on stderr)\n');
      });
    }
  } finally {
    await delivery.stop();
    await stores.close();
  }
  return 0;
}
