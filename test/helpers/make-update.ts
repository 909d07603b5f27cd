import type { Update } from 'grammy/types';

let nextId = 1;

export interface UpdateOptions {
  chatId?: number;
  userId?: number;
  languageCode?: string;
  chatType?: 'private' | 'group' | 'supergroup';
  replyTo?: { message_id: number; text: string };
  forwarded?: boolean;
}

/** A message update as Telegram sends it, with the bot_command entity a command needs. */
export function messageUpdate(text: string, options: UpdateOptions = {}): Update {
  const id = nextId++;
  const chatType = options.chatType ?? 'private';
  const chatId = options.chatId ?? 500;
  const chat = chatType === 'private' ? { id: chatId, type: 'private' as const, first_name: 'Reader' } : { id: chatId, type: chatType, title: 'Desk' };
  const command = text.startsWith('/') ? (text.split(/\s/)[0] as string) : null;
  return {
    update_id: id,
    message: {
      message_id: id,
      date: 1_770_000_000,
      chat,
      from: { id: options.userId ?? 500, is_bot: false, first_name: 'Reader', language_code: options.languageCode ?? 'en' },
      text,
      ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command.length }] } : {}),
      ...(options.replyTo ? { reply_to_message: { message_id: options.replyTo.message_id, date: 1_770_000_000, chat, text: options.replyTo.text } } : {}),
      ...(options.forwarded ? { forward_origin: { type: 'hidden_user' as const, date: 1_770_000_000, sender_user_name: 'KUNA desk' } } : {}),
    } as Update['message'],
  };
}

/** A button press on a message the bot sent. */
export function callbackUpdate(data: string, options: UpdateOptions = {}): Update {
  const id = nextId++;
  const chatId = options.chatId ?? 500;
  return {
    update_id: id,
    callback_query: {
      id: String(id),
      from: { id: options.userId ?? 500, is_bot: false, first_name: 'Reader', language_code: options.languageCode ?? 'en' },
      chat_instance: 'test',
      data,
      message: { message_id: 9999, date: 1_770_000_000, chat: { id: chatId, type: 'private', first_name: 'Reader' }, text: '' },
    } as Update['callback_query'],
  };
}
