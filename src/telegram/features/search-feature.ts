import { Composer } from 'grammy';
import { searchDispatches } from '../../search/search-dispatches.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { sourceCommand } from '../format-answer.js';
import { replyHtml } from '../reply-html.js';

/** /search <words>: the best dispatches, in either language, with their snippets. */
export function searchFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('search', async (ctx) => {
    const query = ctx.match.trim();
    if (!query) return replyHtml(ctx, ctx.t('search-empty'));
    const results = await searchDispatches(deps.stores.dispatches, query, 5);
    if (results.length === 0) return replyHtml(ctx, ctx.t('search-none', { query: escapeHtml(query) }));
    const lines = results.map((r) => `<b>${escapeHtml(r.headline)}</b> (${r.date})\n${escapeHtml(r.snippet)}\n${sourceCommand(r.id)}`);
    await replyHtml(ctx, [ctx.t('search-title', { query: escapeHtml(query) }), ...lines].join('\n\n'));
  });
  return composer;
}
