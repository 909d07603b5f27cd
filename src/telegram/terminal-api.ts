import type { Transformer } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';

/** Terminals (and JSON readers) do not all honour bidi isolates; they would show as boxes. */
export const stripIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/** The bot's HTML as plain terminal text: tags dropped, entities unescaped. */
export function htmlToPlain(html: string): string {
  return stripIsolates(html).replace(/<[^>]+>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

export interface TerminalApi {
  transformer: Transformer;
  /** callback data of the last keyboard's buttons, in the order shown */
  choices(): Array<{ data: string; messageId: number }>;
}

/**
 * An API transformer that sends nothing anywhere: messages are printed, keyboards become numbered
 * choices, every other call succeeds. It is how `wirebrief chat` runs the real bot in a terminal.
 */
export function createTerminalApi(print: (text: string) => void, chatId: number): TerminalApi {
  let messageId = 0;
  let choices: Array<{ data: string; messageId: number }> = [];
  const transformer: Transformer = async (_prev, method, payload) => {
    const p = payload as { text?: string; reply_markup?: { inline_keyboard?: InlineKeyboardButton[][] } };
    if (method === 'sendMessage' || method === 'editMessageText') {
      messageId += 1;
      print(htmlToPlain(p.text ?? ''));
      const buttons = (p.reply_markup?.inline_keyboard ?? []).flat();
      choices = buttons.flatMap((b) => ('callback_data' in b ? [{ data: b.callback_data, messageId }] : []));
      if (choices.length > 0) print(buttons.map((b, i) => `  [${i + 1}] ${stripIsolates(b.text)}`).join('\n'));
      const result = { message_id: messageId, date: 0, chat: { id: chatId, type: 'private', first_name: 'you' }, text: p.text ?? '' };
      return { ok: true, result } as never;
    }
    return { ok: true, result: true } as never;
  };
  return { transformer, choices: () => choices };
}
