import { Composer, InlineKeyboard } from 'grammy';
import type { DispatchSummary } from '../../store/dispatch-store.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { isolate, sourceCommand } from '../format-answer.js';
import { replyHtml } from '../reply-html.js';

const PAGE = 5;

export function formatDispatchLine(d: Pick<DispatchSummary, 'id' | 'date' | 'agency' | 'dateline' | 'headline' | 'urgent'>): string {
  const where = [d.agency, d.dateline ? isolate(d.dateline.city) : null, d.date].filter(Boolean).join(', ');
  return `${d.urgent ? '🔴 ' : ''}<b>${escapeHtml(d.headline)}</b>\n${escapeHtml(where)} ${sourceCommand(d.id)}`;
}

/** /latest: the newest dispatches, five a page, with buttons to page through them. */
export function latestFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const page = async (ctx: BotContext, number: number, edit: boolean) => {
    const rows = await deps.stores.dispatches.listDispatches({ limit: (number + 1) * PAGE + 1 });
    const shown = rows.slice(number * PAGE, (number + 1) * PAGE);
    if (shown.length === 0) return replyHtml(ctx, ctx.t('latest-empty'));
    const keyboard = new InlineKeyboard();
    if (number > 0) keyboard.text(ctx.t('newer'), `latest:${number - 1}`);
    if (rows.length > (number + 1) * PAGE) keyboard.text(ctx.t('older'), `latest:${number + 1}`);
    const html = [ctx.t('latest-title', { page: number + 1 }), ...shown.map(formatDispatchLine)].join('\n\n');
    if (edit) await ctx.editMessageText(html, { parse_mode: 'HTML', reply_markup: keyboard });
    else await replyHtml(ctx, html, keyboard);
  };
  composer.command('latest', (ctx) => page(ctx, 0, false));
  composer.callbackQuery(/^latest:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await page(ctx, Number(ctx.match[1]), true);
  });
  return composer;
}
