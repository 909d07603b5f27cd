import { Composer, InlineKeyboard } from 'grammy';
import type { DigestFrequency, Subscriber, SubscriberSettings } from '../../store/subscriber-store.js';
import { isTimeZone } from '../../time-zone.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';
import { expireMenu } from './unhandled-feature.js';

const ZONES = ['Asia/Kuwait', 'Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo', 'Europe/London', 'UTC'];
const TIMES = ['06:00', '07:00', '08:00', '09:00'];
const QUIET = ['22:00-07:00', '23:00-06:00'];
const FREQUENCIES: DigestFrequency[] = ['morning', 'evening', 'both'];

function describe(ctx: BotContext, s: Subscriber): string {
  return ctx.t('settings', {
    lang: ctx.t(`language-name-${s.lang}`),
    zone: escapeHtml(s.timeZone),
    digest: s.digestEnabled ? ctx.t('settings-on', { time: s.digestTime, frequency: ctx.t(`frequency-${s.digestFrequency}`) }) : ctx.t('settings-off'),
    quiet: s.quietStart && s.quietEnd ? `${s.quietStart}–${s.quietEnd}` : ctx.t('settings-none'),
  });
}

/** The settings buttons, the current choice of each row marked ✓. */
export function settingsKeyboard(ctx: BotContext, s: Subscriber): InlineKeyboard {
  const mark = (chosen: boolean, label: string) => (chosen ? `✓ ${label}` : label);
  const k = new InlineKeyboard();
  for (const lang of ['ar', 'en'] as const) k.text(mark(s.lang === lang, ctx.t(`language-name-${lang}`)), `lang:${lang}`);
  k.row();
  ZONES.forEach((zone, i) => {
    k.text(mark(s.timeZone === zone, zone), `tz:${zone}`);
    if (i % 3 === 2) k.row();
  });
  TIMES.forEach((time) => k.text(mark(s.digestTime === time, `${ctx.t('settings-time')} ${time}`), `time:${time}`));
  k.row();
  FREQUENCIES.forEach((f) => k.text(mark(s.digestFrequency === f, ctx.t(`frequency-${f}`)), `freq:${f}`));
  k.row();
  const quiet = s.quietStart && s.quietEnd ? `${s.quietStart}-${s.quietEnd}` : 'off';
  QUIET.forEach((q) => k.text(mark(quiet === q, `${ctx.t('settings-quiet')} ${q}`), `quiet:${q}`));
  return k.row().text(mark(quiet === 'off', ctx.t('settings-quiet-off')), 'quiet:off');
}

/** /settings: language, time zone (buttons, or `/settings Europe/Paris`), briefing time and frequency, quiet hours. */
export function settingsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  /** Saves a choice, confirms it, and moves the ✓ on the settings message the button was on. */
  const update = async (ctx: BotContext, settings: SubscriberSettings, message: () => string) => {
    if (!ctx.chat) return;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const updated = await deps.stores.subscribers.update(ctx.chat.id, settings, deps.clock.now());
    if (updated) ctx.subscriber = updated;
    await replyHtml(ctx, message());
    if (ctx.callbackQuery?.message && updated) {
      await ctx.editMessageReplyMarkup({ reply_markup: settingsKeyboard(ctx, updated) }).catch((error: unknown) => deps.logger.debug({ err: error }, 'settings keyboard not refreshed'));
    }
  };
  composer.command('settings', async (ctx) => {
    const zone = ctx.match.trim();
    if (zone) {
      if (!isTimeZone(zone)) return replyHtml(ctx, ctx.t('zone-bad', { zone: escapeHtml(zone) }));
      return update(ctx, { timeZone: zone }, () => ctx.t('zone-set', { zone: escapeHtml(zone) }));
    }
    if (ctx.subscriber) await replyHtml(ctx, describe(ctx, ctx.subscriber), settingsKeyboard(ctx, ctx.subscriber));
  });
  composer.callbackQuery(/^tz:(.+)$/, async (ctx) => {
    const zone = ctx.match[1] as string;
    if (!isTimeZone(zone)) return expireMenu(ctx, true);
    return update(ctx, { timeZone: zone }, () => ctx.t('zone-set', { zone: escapeHtml(zone) }));
  });
  composer.callbackQuery(/^time:(\d\d:\d\d)$/, async (ctx) => {
    const time = ctx.match[1] as string;
    await update(ctx, { digestTime: time }, () => ctx.t('time-set', { time }));
    // a time alone does not turn the briefing on: ask
    if (ctx.subscriber && !ctx.subscriber.digestEnabled) {
      const keyboard = new InlineKeyboard().text(ctx.t('digest-turn-on'), 'subscribe:on').text(ctx.t('digest-keep-off'), 'digest:keep-off');
      await replyHtml(ctx, ctx.t('digest-ask-on', { time }), keyboard);
    }
  });
  composer.callbackQuery(/^freq:(morning|evening|both)$/, (ctx) => {
    const frequency = ctx.match[1] as DigestFrequency;
    return update(ctx, { digestFrequency: frequency }, () => ctx.t('frequency-set', { frequency: ctx.t(`frequency-${frequency}`) }));
  });
  composer.callbackQuery('digest:keep-off', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
    await replyHtml(ctx, ctx.t('unsubscribed'));
  });
  composer.callbackQuery(/^quiet:(off|\d\d:\d\d-\d\d:\d\d)$/, (ctx) => {
    const value = ctx.match[1] as string;
    const [start, end] = value === 'off' ? [null, null] : value.split('-');
    return update(ctx, { quietStart: start ?? null, quietEnd: end ?? null }, () => ctx.t('quiet-set', { quiet: value === 'off' ? ctx.t('settings-none') : value }));
  });
  return composer;
}
