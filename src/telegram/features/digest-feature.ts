import { Composer } from 'grammy';
import { composeDigest, DEFAULT_DIGEST_WINDOW_MS } from '../../digest/compose-digest.js';
import { formatDigest } from '../../digest/format-digest.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { replyHtml } from '../reply-html.js';

/** /digest: a briefing now, of the last 24 hours (else of the newest day stored), in the subscriber's language, followed topics first. */
export function digestFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('digest', async (ctx) => {
    const now = deps.clock.now();
    const lang = ctx.subscriber?.lang ?? 'en';
    await ctx.replyWithChatAction('typing').catch((error: unknown) => deps.logger.warn({ err: error }, 'sendChatAction failed'));
    const digestDeps = { store: deps.stores.dispatches, llm: deps.llm, logger: deps.logger, summaries: deps.stores.summaries };
    const topics = ctx.subscriber?.topics ?? [];
    let digest = await composeDigest(digestDeps, { since: new Date(now.getTime() - DEFAULT_DIGEST_WINDOW_MS), lang, topics, now });
    if (digest.stories.length === 0) {
      // A quiet wire (or an old store): brief on the newest day there is rather than on nothing.
      const [newest] = await deps.stores.dispatches.listDispatches({ limit: 1 });
      if (newest) digest = await composeDigest(digestDeps, { since: new Date(`${newest.date}T00:00:00Z`), lang, topics, now });
    }
    await replyHtml(ctx, formatDigest(digest, lang));
  });
  return composer;
}
