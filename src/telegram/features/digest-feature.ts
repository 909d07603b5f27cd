import { Composer, InlineKeyboard } from 'grammy';
import { composeDigest, DEFAULT_DIGEST_WINDOW_MS, type Digest } from '../../digest/compose-digest.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { renderDigest, SHOWN } from '../render-digest.js';
import { replyHtml } from '../reply-html.js';

/** One button per story shown (its number), opening the story's timeline. */
function digestKeyboard(ctx: BotContext, digest: Digest): InlineKeyboard | undefined {
  const stories = (digest.stories.length > 0 ? digest.stories : digest.older).slice(0, SHOWN);
  if (stories.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  stories.forEach((s, i) => {
    keyboard.text(ctx.t('story-button', { n: i + 1 }), `story:${s.storyId}`);
    if (i % 4 === 3) keyboard.row();
  });
  return keyboard;
}

/**
 * /digest: a briefing now, of the last 24 hours, in the subscriber's language, followed topics
 * first; the same selection as `wirebrief digest` (an empty period says so and offers the latest
 * stories, labelled older). A button under it per story opens its timeline.
 */
export function digestFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('digest', async (ctx) => {
    const now = deps.clock.now();
    const lang = ctx.subscriber?.lang ?? 'en';
    await ctx.replyWithChatAction('typing').catch((error: unknown) => deps.logger.warn({ err: error }, 'sendChatAction failed'));
    const digestDeps = { store: deps.stores.dispatches, llm: deps.llm, logger: deps.logger, summaries: deps.stores.summaries };
    const topics = ctx.subscriber?.topics ?? [];
    const digest = await composeDigest(digestDeps, { since: new Date(now.getTime() - DEFAULT_DIGEST_WINDOW_MS), lang, topics, now });
    const timeZone = ctx.subscriber?.timeZone ?? deps.config.WIREBRIEF_TZ;
    await replyHtml(ctx, renderDigest(digest, { lang, timeZone }), digestKeyboard(ctx, digest));
  });
  return composer;
}
