import { describe, expect, it } from 'vitest';
import { messageUpdate } from '../helpers/make-update.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { useSeededStores } from './seeded-stores.js';

const stores = useSeededStores();

describe('greetings, thanks and help get a short reply in their language, not a search', () => {
  it.each([
    ['hello', 'en', 'Hello! Ask me about the news'],
    ['مرحبا', 'en', 'أهلا بك! اسألني عن أخبار البرقيات'],
    ['thanks', 'ar', "You're welcome."],
    ['شكرا', 'en', 'العفو.'],
    ['help', 'ar', '<b>What I can do</b>'],
  ])('%s (Telegram language %s)', async (text, languageCode, reply) => {
    const { bot, lastText, calls } = createRecordingBot(stores());
    await bot.handleUpdate(messageUpdate(text, { chatId: 7, userId: 7, languageCode }));
    expect(lastText()).toContain(reply);
    expect(lastText()).not.toMatch(/say nothing|لا تذكر/);
    expect(calls.some((c) => c.method === 'sendChatAction')).toBe(true);
  });
});
