import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { commandList } from '../command-list.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

/**
 * Last in the chain: whatever no feature took still gets an answer. An unknown command (in a
 * private chat, or addressed to this bot in a group) gets a hint and the command list; a button no
 * handler knows (an old message's, or one whose choice is gone) is answered "this menu has
 * expired", its keyboard removed, and the command list sent in its place.
 */
export function unhandledFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:text', async (ctx, next) => {
    const match = /^\/([^\s@]+)(?:@(\S+))?/.exec(ctx.message.text);
    if (!match) return next();
    const addressed = match[2] === undefined ? ctx.chat.type === 'private' : match[2].toLowerCase() === ctx.me.username.toLowerCase();
    if (!addressed) return next();
    await replyHtml(ctx, `${ctx.t('unknown-command', { command: escapeHtml(`/${match[1]}`) })}\n\n${commandList(ctx.t.bind(ctx))}`);
  });
  composer.on('callback_query', (ctx) => expireMenu(ctx, true));
  return composer;
}

/** Answers a stale button ("this menu has expired") and replaces its menu: the keyboard goes, the command list comes instead. */
export async function expireMenu(ctx: BotContext, answer: boolean): Promise<void> {
  if (answer) await ctx.answerCallbackQuery({ text: ctx.t('menu-expired') });
  if (ctx.callbackQuery?.message) await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
  await replyHtml(ctx, `${escapeHtml(ctx.t('menu-expired'))}\n\n${commandList(ctx.t.bind(ctx))}`);
}
