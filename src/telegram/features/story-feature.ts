import { Composer } from 'grammy';
import { storyTimeline } from '../../digest/story-timeline.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { renderTimeline } from '../render-timeline.js';
import { replyHtml } from '../reply-html.js';

/** /story <id>, the tappable /story_<id>, and the story buttons under digests: a story's timeline, newest first. */
export function storyFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const show = async (ctx: BotContext, storyId: string) => {
    if (!storyId) return replyHtml(ctx, ctx.t('story-empty'));
    const timeline = await storyTimeline(deps.stores.dispatches, storyId);
    if (!timeline) return replyHtml(ctx, ctx.t('story-none', { id: escapeHtml(storyId) }));
    const lang = ctx.subscriber?.lang ?? 'en';
    await replyHtml(ctx, renderTimeline(timeline, { lang, timeZone: ctx.subscriber?.timeZone ?? deps.config.WIREBRIEF_TZ }));
  };
  composer.command('story', (ctx) => show(ctx, ctx.match.trim()));
  composer.hears(/^\/story_([a-z0-9_]+)(?:@\w+)?$/, (ctx) => show(ctx, (ctx.match[1] as string).replaceAll('_', '-')));
  composer.callbackQuery(/^story:(.+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx, ctx.match[1] as string);
  });
  return composer;
}
