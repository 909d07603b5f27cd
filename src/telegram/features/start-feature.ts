import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';
import { settingsKeyboard } from './settings-feature.js';

export const languageKeyboard = () => new InlineKeyboard().text('العربية', 'lang:ar').text('English', 'lang:en');

/** /start, /help, /lang and the language buttons. The welcome offers the morning briefing in one tap. */
export function startFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('start', (ctx) => {
    const time = ctx.subscriber?.digestTime ?? '07:00';
    const zone = escapeHtml(ctx.subscriber?.timeZone ?? deps.config.WIREBRIEF_TZ);
    const keyboard = languageKeyboard().row();
    if (!ctx.subscriber?.digestEnabled) keyboard.text(ctx.t('offer-digest', { time }), 'subscribe:on');
    return replyHtml(ctx, ctx.t('welcome', { time, zone }), keyboard);
  });
  composer.command('help', (ctx) => replyHtml(ctx, ctx.t('help')));
  composer.command('lang', (ctx) => replyHtml(ctx, ctx.t('choose-language'), languageKeyboard()));
  composer.callbackQuery(/^lang:(ar|en)$/, async (ctx) => {
    const lang = ctx.match[1] as 'ar' | 'en';
    if (ctx.chat) ctx.subscriber = (await deps.stores.subscribers.update(ctx.chat.id, { lang }, deps.clock.now())) ?? undefined;
    ctx.i18n.useLocale(lang);
    await ctx.answerCallbackQuery();
    await replyHtml(ctx, ctx.t('language-set'));
    // pressed on the settings menu: its buttons follow, in the new language with the new mark
    const pressedOn = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat() ?? [];
    if (ctx.subscriber && pressedOn.some((b) => 'callback_data' in b && b.callback_data.startsWith('tz:'))) {
      await ctx.editMessageReplyMarkup({ reply_markup: settingsKeyboard(ctx, ctx.subscriber) }).catch((error: unknown) => deps.logger.debug({ err: error }, 'settings keyboard not refreshed'));
    }
  });
  return composer;
}
