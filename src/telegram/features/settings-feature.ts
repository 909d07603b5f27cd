import { Composer, InlineKeyboard } from 'grammy';
import type { Subscriber } from '../../store/subscriber-store.js';
import { isTimeZone } from '../../time-zone.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

const ZONES = ['Asia/Kuwait', 'Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo', 'Europe/London', 'UTC'];
const TIMES = ['06:00', '07:00', '08:00', '09:00'];
const QUIET = ['22:00-07:00', '23:00-06:00'];

function describe(ctx: BotContext, s: Subscriber): string {
  return ctx.t('settings', {
    lang: s.lang === 'ar' ? 'العربية' : 'English',
    zone: escapeHtml(s.timeZone),
    digest: s.digestEnabled ? ctx.t('settings-on', { time: s.digestTime }) : ctx.t('settings-off'),
    quiet: s.quietStart && s.quietEnd ? `${s.quietStart}–${s.quietEnd}` : ctx.t('settings-none'),
  });
}

function keyboard(ctx: BotContext): InlineKeyboard {
  const k = new InlineKeyboard().text('العربية', 'lang:ar').text('English', 'lang:en').row();
  ZONES.forEach((zone, i) => {
    k.text(zone, `tz:${zone}`);
    if (i % 3 === 2) k.row();
  });
  TIMES.forEach((time) => k.text(`${ctx.t('settings-time')} ${time}`, `time:${time}`));
  k.row();
  QUIET.forEach((quiet) => k.text(`${ctx.t('settings-quiet')} ${quiet}`, `quiet:${quiet}`));
  return k.row().text(ctx.t('settings-quiet-off'), 'quiet:off');
}

/** /settings: language, time zone (buttons, or `/settings Europe/Paris`), briefing time and quiet hours. */
export function settingsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const update = async (ctx: BotContext, settings: Parameters<typeof deps.stores.subscribers.update>[1], message: string) => {
    if (!ctx.chat) return;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const updated = await deps.stores.subscribers.update(ctx.chat.id, settings, deps.clock.now());
    if (updated) ctx.subscriber = updated;
    await replyHtml(ctx, message);
  };
  composer.command('settings', async (ctx) => {
    const zone = ctx.match.trim();
    if (zone) {
      if (!isTimeZone(zone)) return replyHtml(ctx, ctx.t('zone-bad', { zone: escapeHtml(zone) }));
      return update(ctx, { timeZone: zone }, ctx.t('zone-set', { zone: escapeHtml(zone) }));
    }
    if (ctx.subscriber) await replyHtml(ctx, describe(ctx, ctx.subscriber), keyboard(ctx));
  });
  composer.callbackQuery(/^tz:(.+)$/, async (ctx) => {
    const zone = ctx.match[1] as string;
    if (!isTimeZone(zone)) return ctx.answerCallbackQuery();
    return update(ctx, { timeZone: zone }, ctx.t('zone-set', { zone: escapeHtml(zone) }));
  });
  composer.callbackQuery(/^time:(\d\d:\d\d)$/, (ctx) =>
    update(ctx, { digestTime: ctx.match[1] as string, digestEnabled: true }, ctx.t('time-set', { time: ctx.match[1] as string })),
  );
  composer.callbackQuery(/^quiet:(off|\d\d:\d\d-\d\d:\d\d)$/, (ctx) => {
    const value = ctx.match[1] as string;
    const [start, end] = value === 'off' ? [null, null] : value.split('-');
    return update(ctx, { quietStart: start ?? null, quietEnd: end ?? null }, ctx.t('quiet-set', { quiet: value === 'off' ? ctx.t('settings-none') : value }));
  });
  return composer;
}
