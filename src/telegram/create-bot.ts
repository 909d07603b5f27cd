import { sequentialize } from '@grammyjs/runner';
import { Bot, Composer, GrammyError, type BotConfig, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { throttleReplies } from '../delivery/throttle-replies.js';
import type { BotContext, BotDeps } from './bot-context.js';
import { commandMenu } from './command-list.js';
import { createI18n, translator } from './create-i18n.js';
import { adminFeature } from './features/admin-feature.js';
import { askFeature } from './features/ask-feature.js';
import { channelFeature } from './features/channel-feature.js';
import { digestFeature } from './features/digest-feature.js';
import { followFeature } from './features/follow-feature.js';
import { latestFeature } from './features/latest-feature.js';
import { membershipFeature } from './features/membership-feature.js';
import { searchFeature } from './features/search-feature.js';
import { settingsFeature } from './features/settings-feature.js';
import { sourceFeature } from './features/source-feature.js';
import { startFeature } from './features/start-feature.js';
import { storyFeature } from './features/story-feature.js';
import { subscribeFeature } from './features/subscribe-feature.js';
import { unhandledFeature } from './features/unhandled-feature.js';

export interface CreateBotOptions {
  botInfo?: UserFromGetMe;
  apiRoot?: string;
  /** the innermost API transformer: where calls go instead of the network (the terminal chat, tests) */
  transport?: Transformer;
}

/** Loads (creating on first contact) the chat's subscriber record before any feature runs. */
function subscriberMiddleware(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(async (ctx, next) => {
    const chat = ctx.chat;
    if (chat && chat.type !== 'channel') {
      ctx.subscriber = await deps.stores.subscribers.ensure(
        {
          chatId: chat.id,
          chatType: chat.type,
          lang: ctx.from?.language_code?.startsWith('ar') ? 'ar' : 'en',
          timeZone: deps.config.WIREBRIEF_TZ,
          digestTime: '07:00',
        },
        deps.clock.now(),
      );
    }
    await next();
  });
  return composer;
}

/**
 * The bot: every feature on an injected store, LLM, clock and logger. One error boundary answers
 * the user with an apology and logs; a chat that blocked the bot (403) is marked so nothing more
 * is sent to it.
 */
export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const config: BotConfig<BotContext> = { client: { apiRoot: options.apiRoot ?? deps.config.TELEGRAM_API_ROOT } };
  if (options.botInfo) config.botInfo = options.botInfo;
  const bot = new Bot<BotContext>(token, config);

  if (options.transport) bot.api.config.use(options.transport);
  if (deps.sendBudget) bot.api.config.use(throttleReplies(deps.sendBudget, deps.logger));
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const chatId = (payload as { chat_id?: unknown }).chat_id;
    if (!result.ok && result.error_code === 403 && typeof chatId === 'number') {
      await deps.stores.subscribers.update(chatId, { blocked: true }, deps.clock.now());
      deps.logger.info({ chatId, method }, 'chat blocked the bot; marked');
    }
    return result;
  });

  // The runner handles chats in parallel; one chat's updates stay in order.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(channelFeature({ ...deps, ...(deps.onIngested ? { onIngested: deps.onIngested } : {}) }));
  bot.use(subscriberMiddleware(deps));
  bot.use(createI18n());
  bot.errorBoundary(
    async (error) => {
      deps.logger.error({ err: error.error, update: error.ctx.update.update_id }, 'handler failed');
      // A pressed button keeps spinning until answered.
      if (error.ctx.callbackQuery) await error.ctx.answerCallbackQuery().catch(() => undefined);
      await error.ctx.reply(error.ctx.t('error')).catch((replyError: unknown) => deps.logger.warn({ err: replyError }, 'apology failed'));
    },
    membershipFeature(deps),
    startFeature(deps),
    adminFeature(deps),
    latestFeature(deps),
    searchFeature(deps),
    sourceFeature(deps),
    digestFeature(deps),
    storyFeature(deps),
    subscribeFeature(deps),
    followFeature(deps),
    settingsFeature(deps),
    askFeature(deps),
    unhandledFeature(),
  );
  bot.catch((error) => {
    const status = error.error instanceof GrammyError ? error.error.error_code : undefined;
    deps.logger.error({ err: error.error, status }, 'update failed outside the error boundary');
  });
  return bot;
}

/** Registers the command menu in both languages; a failure is logged, never fatal. */
export async function registerCommands(bot: Bot<BotContext>, logger: BotDeps['logger']): Promise<void> {
  for (const lang of ['en', 'ar'] as const) {
    const list = commandMenu(translator(lang));
    await bot.api
      .setMyCommands(list, lang === 'en' ? {} : { language_code: 'ar' })
      .catch((error: unknown) => logger.warn({ err: error, lang }, 'setMyCommands failed'));
  }
}
