import { Composer } from 'grammy';
import type { BotContext, BotDeps } from '../bot-context.js';
import { replyHtml } from '../reply-html.js';

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** A HH:MM time, zero-padded, or null. */
export function parseClockTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  return match ? `${(match[1] as string).padStart(2, '0')}:${match[2]}` : null;
}

/** /subscribe [HH:MM] and /unsubscribe: the morning briefing at the subscriber's local time. */
export function subscribeFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('subscribe', async (ctx) => {
    const given = ctx.match.trim();
    const time = given ? parseClockTime(given) : (ctx.subscriber?.digestTime ?? '07:00');
    if (!time) return replyHtml(ctx, ctx.t('subscribe-bad-time'));
    const updated = await deps.stores.subscribers.update(ctx.chat.id, { digestEnabled: true, digestTime: time, paused: false }, deps.clock.now());
    await replyHtml(ctx, ctx.t('subscribed', { time, zone: updated?.timeZone ?? deps.config.WIREBRIEF_TZ }));
  });
  composer.command('unsubscribe', async (ctx) => {
    await deps.stores.subscribers.update(ctx.chat.id, { digestEnabled: false }, deps.clock.now());
    await replyHtml(ctx, ctx.t('unsubscribed'));
  });
  return composer;
}
