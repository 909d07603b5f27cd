import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

/** Longest topic accepted (a name or a phrase, not a paragraph). */
const MAX_TOPIC = 80;

/** The button's data names the topic itself (a stale keyboard cannot hit the wrong one) when it fits Telegram's 64 bytes, else its position. */
function unfollowData(topic: string, index: number): string {
  const data = `unfollow:${topic}`;
  return Buffer.byteLength(data) <= 64 ? data : `unfollow#${index}`;
}

/** /follow <topic>, /unfollow [topic] (a keyboard of followed topics when none given), /topics. */
export function followFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const unfollow = async (ctx: BotContext, topic: string) => {
    const removed = await deps.stores.subscribers.unfollow(ctx.chat?.id ?? 0, topic);
    await replyHtml(ctx, ctx.t(removed ? 'unfollowed' : 'not-following', { topic: escapeHtml(topic) }));
  };
  composer.command('follow', async (ctx) => {
    const topic = ctx.match.trim().replace(/\s+/g, ' ').slice(0, MAX_TOPIC);
    if (!topic) return replyHtml(ctx, ctx.t('follow-empty'));
    const added = await deps.stores.subscribers.follow(ctx.chat.id, topic, deps.clock.now());
    await replyHtml(ctx, ctx.t(added ? 'followed' : 'already-followed', { topic: escapeHtml(topic) }));
  });
  composer.command('unfollow', async (ctx) => {
    const topic = ctx.match.trim();
    if (topic) return unfollow(ctx, topic);
    const topics = ctx.subscriber?.topics ?? [];
    if (topics.length === 0) return replyHtml(ctx, ctx.t('topics-none'));
    const keyboard = new InlineKeyboard();
    topics.forEach((t, i) => keyboard.text(t, unfollowData(t, i)).row());
    await replyHtml(ctx, ctx.t('unfollow-choose'), keyboard);
  });
  composer.callbackQuery(/^unfollow([:#])(.+)$/s, async (ctx) => {
    await ctx.answerCallbackQuery();
    const [, kind, value] = ctx.match as unknown as [string, string, string];
    const topic = kind === ':' ? value : ctx.subscriber?.topics[Number(value)];
    if (topic) await unfollow(ctx, topic);
  });
  composer.command('topics', async (ctx) => {
    const topics = ctx.subscriber?.topics ?? [];
    await replyHtml(ctx, topics.length === 0 ? ctx.t('topics-none') : ctx.t('topics-list', { topics: escapeHtml(topics.join(', ')) }));
  });
  return composer;
}
