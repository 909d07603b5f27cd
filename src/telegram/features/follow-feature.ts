import { Composer, InlineKeyboard } from 'grammy';
import { topicConcept } from '../../digest/match-topic.js';
import { matchNameAcrossScripts } from '../../text/match-name-across-scripts.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { nameInLanguage } from '../name-in-language.js';
import { replyHtml } from '../reply-html.js';
import { expireMenu } from './unhandled-feature.js';

/** Longest topic accepted (a name or a phrase, not a paragraph). */
export const MAX_TOPIC = 80;

/** The button's data names the topic itself (a stale keyboard cannot hit the wrong one) when it fits Telegram's 64 bytes, else its position. */
function unfollowData(topic: string, index: number): string {
  const data = `unfollow:${topic}`;
  return Buffer.byteLength(data) <= 64 ? data : `unfollow#${index}`;
}

/** A keyboard with one button per followed topic, to drop it. */
function unfollowKeyboard(ctx: BotContext, topics: readonly string[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  topics.forEach((t, i) => keyboard.text(`✕ ${shown(ctx, t)}`, unfollowData(t, i)).row());
  return keyboard;
}

/** A topic as the reader's language writes it, when the gazetteer knows it. */
const shown = (ctx: BotContext, topic: string) => nameInLanguage(topic, ctx.subscriber?.lang ?? 'en');

const isArabic = (text: string) => /[\u0600-\u06FF]/.test(text);

/**
 * The followed topic that is the same concept as `topic`, if any: another spelling or script the
 * gazetteer and the analyser treat alike, or a name no list holds written in the other script
 * (`Albudaiwi`, `البديوي`).
 */
function sameTopic(ctx: BotContext, topic: string): string | undefined {
  const concept = topicConcept(topic);
  return (ctx.subscriber?.topics ?? []).find(
    (t) => t === topic || (concept !== '' && topicConcept(t) === concept) || (isArabic(t) !== isArabic(topic) && matchNameAcrossScripts(t, topic)),
  );
}

/**
 * /follow <topic>, /unfollow [topic], /topics (each with a button to drop it). A topic is a concept:
 * "BRICS" and "بريكس" are one. It must hold a letter and name something, and be at most 80 characters.
 */
export function followFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const unfollow = async (ctx: BotContext, given: string) => {
    const topic = sameTopic(ctx, given) ?? given;
    const removed = await deps.stores.subscribers.unfollow(ctx.chat?.id ?? 0, topic);
    if (removed && ctx.subscriber) ctx.subscriber = { ...ctx.subscriber, topics: ctx.subscriber.topics.filter((t) => t !== topic) };
    await replyHtml(ctx, ctx.t(removed ? 'unfollowed' : 'not-following', { topic: escapeHtml(shown(ctx, topic)) }));
  };
  composer.command('follow', async (ctx) => {
    const topic = ctx.match.trim().replace(/\s+/g, ' ');
    if (!topic) return replyHtml(ctx, ctx.t('follow-empty'));
    if (!/\p{L}/u.test(topic)) return replyHtml(ctx, ctx.t('topic-no-letter'));
    if (topic.length > MAX_TOPIC) return replyHtml(ctx, ctx.t('topic-too-long', { max: MAX_TOPIC, length: topic.length }));
    if (topicConcept(topic) === '') return replyHtml(ctx, ctx.t('topic-too-vague', { topic: escapeHtml(topic) }));
    const existing = sameTopic(ctx, topic);
    if (existing !== undefined) return replyHtml(ctx, ctx.t('already-followed', { topic: escapeHtml(shown(ctx, existing)) }));
    await deps.stores.subscribers.follow(ctx.chat.id, topic, deps.clock.now());
    await replyHtml(ctx, ctx.t('followed', { topic: escapeHtml(shown(ctx, topic)) }));
  });
  composer.command('unfollow', async (ctx) => {
    const topic = ctx.match.trim().replace(/\s+/g, ' ');
    if (topic) return unfollow(ctx, topic);
    const topics = ctx.subscriber?.topics ?? [];
    if (topics.length === 0) return replyHtml(ctx, ctx.t('topics-none'));
    await replyHtml(ctx, ctx.t('unfollow-choose'), unfollowKeyboard(ctx, topics));
  });
  composer.callbackQuery(/^unfollow([:#])(.+)$/s, async (ctx) => {
    const [, kind, value] = ctx.match as unknown as [string, string, string];
    const topic = kind === ':' ? value : ctx.subscriber?.topics[Number(value)];
    if (topic === undefined) return expireMenu(ctx, true);
    await ctx.answerCallbackQuery();
    await unfollow(ctx, topic);
  });
  composer.command('topics', async (ctx) => {
    const topics = ctx.subscriber?.topics ?? [];
    if (topics.length === 0) return replyHtml(ctx, ctx.t('topics-none'));
    const list = topics.map((t) => `• ${escapeHtml(shown(ctx, t))}`).join('\n');
    await replyHtml(ctx, `${ctx.t('topics-list-title')}\n${list}`, unfollowKeyboard(ctx, topics));
  });
  return composer;
}
