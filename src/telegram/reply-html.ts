import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BotContext } from './bot-context.js';
import { splitMessage } from '../delivery/split-message.js';

/** Replies with HTML, split under Telegram's limit; the keyboard goes on the last part. */
export async function replyHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboardMarkup): Promise<void> {
  const parts = splitMessage(html);
  for (const [index, part] of parts.entries()) {
    await ctx.reply(part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(keyboard && index === parts.length - 1 ? { reply_markup: keyboard } : {}),
    });
  }
}
