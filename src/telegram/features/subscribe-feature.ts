import { Composer } from 'grammy';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** A HH:MM time, zero-padded, or null. */
export function parseClockTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  return match ? `${(match[1] as string).padStart(2, '0')}:${match[2]}` : null;
}

/** /subscribe [HH:MM], the welcome's "morning briefing" button, and /unsubscribe: the briefing at the subscriber's local time. */
export function subscribeFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const subscribe = async (ctx: BotContext, chatId: number, time: string) => {
    const updated = await deps.stores.subscribers.update(chatId, { digestEnabled: true, digestTime: time, paused: false }, deps.clock.now());
    if (updated) ctx.subscriber = updated;
    await replyHtml(ctx, ctx.t('subscribed', { time, zone: escapeHtml(updated?.timeZone ?? deps.config.WIREBRIEF_TZ) }));
  };
  composer.command('subscribe', async (ctx) => {
    const given = ctx.match.trim();
    const time = given ? parseClockTime(given) : (ctx.subscriber?.digestTime ?? '07:00');
    if (!time) return replyHtml(ctx, ctx.t('subscribe-bad-time'));
    await subscribe(ctx, ctx.chat.id, time);
  });
  composer.callbackQuery('subscribe:on', async (ctx) => {
    await ctx.answerCallbackQuery();
    if (ctx.chat) await subscribe(ctx, ctx.chat.id, ctx.subscriber?.digestTime ?? '07:00');
  });
  composer.command('unsubscribe', async (ctx) => {
    await deps.stores.subscribers.update(ctx.chat.id, { digestEnabled: false }, deps.clock.now());
    await replyHtml(ctx, ctx.t('unsubscribed'));
  });
  return composer;
}
