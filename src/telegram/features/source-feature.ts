import { Composer } from 'grammy';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

/** /source <id> and the tappable /source_<id>: the dispatch exactly as the wire sent it. */
export function sourceFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const show = async (ctx: BotContext, id: string) => {
    if (!id) return replyHtml(ctx, ctx.t('source-empty'));
    const dispatch = await deps.stores.dispatches.getDispatch(id);
    if (!dispatch) return replyHtml(ctx, ctx.t('source-none', { id: escapeHtml(id) }));
    await replyHtml(ctx, `<pre>${escapeHtml(dispatch.raw.replace(/^\uFEFF/, '').trim())}</pre>`);
  };
  composer.command('source', (ctx) => show(ctx, ctx.match.trim()));
  composer.hears(/^\/source_([a-z0-9_]+)(?:@\w+)?$/, (ctx) => show(ctx, (ctx.match[1] as string).replaceAll('_', '-')));
  return composer;
}
