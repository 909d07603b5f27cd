import type { Update } from 'grammy/types';

let nextId = 1;

export interface UpdateOptions {
  chatId?: number;
  userId?: number;
  languageCode?: string;
  chatType?: 'private' | 'group' | 'supergroup';
  /** the message replied to: a text, a document, and whether the bot (id 42) sent it */
  replyTo?: { message_id: number; text?: string; document?: { file_id: string; file_name: string; mime_type?: string; file_size?: number }; fromBot?: boolean };
  forwarded?: boolean;
}

function replyTo(target: NonNullable<UpdateOptions['replyTo']>, chat: object) {
  const { message_id, text, document, fromBot } = target;
  return {
    message_id,
    date: 1_770_000_000,
    chat,
    ...(fromBot ? { from: { id: 42, is_bot: true, first_name: 'wirebrief', username: 'wirebrief_bot' } } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(document ? { document: { ...document, file_unique_id: `u-${document.file_id}` } } : {}),
  };
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
      ...(options.replyTo ? { reply_to_message: replyTo(options.replyTo, chat) } : {}),
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

/** The bot's own membership in a chat changed: `kicked` is a user blocking it, `member` coming back. */
export function myChatMemberUpdate(status: 'kicked' | 'member', chatId: number): Update {
  const id = nextId++;
  const user = { id: chatId, is_bot: false, first_name: 'Reader' };
  const bot = { id: 42, is_bot: true, first_name: 'wirebrief', username: 'wirebrief_bot' };
  return {
    update_id: id,
    my_chat_member: {
      chat: { id: chatId, type: 'private', first_name: 'Reader' },
      from: user,
      date: 1_770_000_000,
      old_chat_member: status === 'kicked' ? { status: 'member', user: bot } : { status: 'kicked', user: bot, until_date: 0 },
      new_chat_member: status === 'kicked' ? { status: 'kicked', user: bot, until_date: 0 } : { status: 'member', user: bot },
    },
  } as Update;
}

/** A group became a supergroup: the service message in the old group. */
export function migrateUpdate(fromChatId: number, toChatId: number): Update {
  const id = nextId++;
  return {
    update_id: id,
    message: { message_id: id, date: 1_770_000_000, chat: { id: fromChatId, type: 'group', title: 'Desk' }, migrate_to_chat_id: toChatId },
  } as Update;
}
