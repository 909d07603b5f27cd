import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { callbackUpdate, messageUpdate } from '../helpers/make-update.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
let stores: Stores;
const now = new Date('2026-02-05T08:00:00Z');

beforeEach(async () => {
  stores = openStores(join(tempDir(), 'store.db'));
  for (const path of [seedPath, join(fixturesDir, 'stories', 'kuna-en-2026-02-04-kuwait-flu.txt'), join(fixturesDir, 'stories', 'kuna-ar-2026-02-05-kuwait-oil.txt')]) {
    await ingestWireBytes(stores.dispatches, { source: path, bytes: readFileSync(path) }, now);
  }
});
afterEach(() => stores.close());

describe('the bot in English and Arabic', () => {
  it('welcomes in the user’s Telegram language and offers the language keyboard', async () => {
    const en = createRecordingBot(stores);
    await en.bot.handleUpdate(messageUpdate('/start', { chatId: 1, userId: 1 }));
    expect(en.lastText()).toContain('Welcome to <b>wirebrief</b>');
    expect(en.lastKeyboard().map((b) => b.callback_data)).toEqual(['lang:ar', 'lang:en']);
    const ar = createRecordingBot(stores);
    await ar.bot.handleUpdate(messageUpdate('/start', { chatId: 2, userId: 2, languageCode: 'ar' }));
    expect(ar.lastText()).toContain('أهلا بك في');
    expect((await stores.subscribers.get(2))?.lang).toBe('ar');
  });

  it('switches language from the keyboard and keeps it', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(callbackUpdate('lang:ar', { chatId: 3, userId: 3 }));
    expect(t.lastText()).toBe('تم اختيار العربية.');
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 3, userId: 3 }));
    expect(t.lastText()).toContain('ما يمكنني فعله');
  });

  it.each([
    ['what did Putin say about BRICS', 'en', 'Sources', 'Putin ('],
    ['ماذا قال بوتين عن بريكس', 'ar', 'المصادر', 'بوتين ('],
  ] as const)('answers "%s" with quoted, cited dispatches, typing first', async (question, languageCode, sources, speaker) => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate(question, { chatId: 4, userId: 4, languageCode }));
    expect(t.calls.some((c) => c.method === 'sendChatAction' && c.payload.action === 'typing')).toBe(true);
    const reply = t.lastText();
    expect(reply).toContain('بريكس');
    expect(reply).toContain(`<b>${sources}</b>`);
    expect(reply).toMatch(/\[1\] KUNA, \u2068(بكين|BEIJING)\u2069, 2026-02-04 \/source_kuna_20260204_[0-9a-f]{12}/);
    expect(reply).toContain(speaker);
    expect(t.calls.at(-1)?.payload.parse_mode).toBe('HTML');
  });

  it('shows a cited dispatch verbatim with /source_<id>, escaped', async () => {
    const t = createRecordingBot(stores);
    const [summary] = await stores.dispatches.listDispatches({ limit: 1 });
    await t.bot.handleUpdate(messageUpdate(`/source_${summary!.id.replaceAll('-', '_')}`));
    expect(t.lastText()).toMatch(/^<pre>التاريخ : 05\/02\/2026\n/);
    await t.bot.handleUpdate(messageUpdate('/source nope'));
    expect(t.lastText()).toBe('No dispatch with id \u2068nope\u2069.');
  });

  it('pages through /latest', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/latest'));
    expect(t.lastText()).toContain('<b>Latest dispatches</b> (page \u20681\u2069)');
    expect(t.lastText()).toContain('النفط');
    expect(t.lastKeyboard()).toEqual([]);
  });

  it('searches across languages and says when nothing is found', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/search influenza'));
    expect(t.lastText()).toContain('seasonal influenza vaccination');
    await t.bot.handleUpdate(messageUpdate('/search الإنفلونزا'));
    expect(t.lastText()).toContain('seasonal influenza vaccination');
    await t.bot.handleUpdate(messageUpdate('/search zzqx'));
    expect(t.lastText()).toBe('Nothing found for “\u2068zzqx\u2069”.');
  });

  it('composes a digest now', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/digest'));
    expect(t.lastText()).toContain('<b>Your briefing</b>');
    expect(t.lastText()).toContain('/source_kuna_20260205_');
  });

  it('subscribes at a local time, refuses a bad time, unsubscribes', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/subscribe 6:30', { chatId: 7 }));
    expect(t.lastText()).toBe('Your morning briefing is on, at \u206806:30\u2069 (\u2068Asia/Kuwait\u2069).');
    expect(await stores.subscribers.get(7)).toMatchObject({ digestEnabled: true, digestTime: '06:30' });
    await t.bot.handleUpdate(messageUpdate('/subscribe 25:00', { chatId: 7 }));
    expect(t.lastText()).toContain('HH:MM');
    await t.bot.handleUpdate(messageUpdate('/unsubscribe', { chatId: 7 }));
    expect((await stores.subscribers.get(7))?.digestEnabled).toBe(false);
  });

  it('follows, lists and unfollows topics from a keyboard', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/follow BRICS', { chatId: 8 }));
    expect(t.lastText()).toContain('You now follow');
    await t.bot.handleUpdate(messageUpdate('/follow أوبك', { chatId: 8 }));
    await t.bot.handleUpdate(messageUpdate('/topics', { chatId: 8 }));
    expect(t.lastText()).toContain('BRICS, أوبك');
    await t.bot.handleUpdate(messageUpdate('/unfollow', { chatId: 8 }));
    expect(t.lastKeyboard().map((b) => b.text)).toEqual(['BRICS', 'أوبك']);
    await t.bot.handleUpdate(callbackUpdate('unfollow:0', { chatId: 8 }));
    expect(t.lastText()).toContain('You no longer follow');
    expect((await stores.subscribers.get(8))?.topics).toEqual(['أوبك']);
  });

  it('changes time zone, briefing time and quiet hours from /settings', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/settings', { chatId: 9 }));
    expect(t.lastText()).toContain('<b>Settings</b>');
    expect(t.lastKeyboard().some((b) => b.callback_data === 'tz:Asia/Riyadh')).toBe(true);
    await t.bot.handleUpdate(callbackUpdate('tz:Europe/London', { chatId: 9 }));
    await t.bot.handleUpdate(callbackUpdate('time:06:00', { chatId: 9 }));
    await t.bot.handleUpdate(callbackUpdate('quiet:22:00-07:00', { chatId: 9 }));
    await t.bot.handleUpdate(messageUpdate('/settings America/New_York', { chatId: 9 }));
    expect(await stores.subscribers.get(9)).toMatchObject({ timeZone: 'America/New_York', digestTime: '06:00', digestEnabled: true, quietStart: '22:00', quietEnd: '07:00' });
  });
});

describe('protecting the service', () => {
  it('refuses admin commands to others, and lets an admin ingest a replied-to wire text', async () => {
    const t = createRecordingBot(stores, { WIREBRIEF_ADMINS: '77' });
    const wire = 'KUWAIT, Feb 5 (KUNA) -- Kuwait Airways said on Thursday it will add flights to Cairo.\n(end)\nab.cd\n';
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 5, chatId: 5, replyTo: { message_id: 3, text: wire } }));
    expect(t.lastText()).toBe("Sorry, only the desk's administrators can do that.");
    expect(await stores.dispatches.countDispatches()).toBe(3);
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 77, chatId: 77, replyTo: { message_id: 3, text: wire } }));
    expect(t.lastText()).toBe('Added \u20681\u2069, already stored \u20680\u2069, rejected \u20680\u2069.');
    expect(await stores.dispatches.countDispatches()).toBe(4);
    await t.bot.handleUpdate(messageUpdate('/stats', { userId: 77, chatId: 77 }));
    expect(t.lastText()).toContain('Dispatches: \u20684\u2069');
    await t.bot.handleUpdate(messageUpdate('/stats', { userId: 5, chatId: 5 }));
    expect(t.lastText()).toContain('only the desk');
  });

  it('ingests a forwarded post from an admin and answers a forward from anyone else as a question', async () => {
    const t = createRecordingBot(stores, { WIREBRIEF_ADMINS: '77' });
    const wire = 'الكويت - 5 - 2 (كونا) -- افتتح وزير الصحة مركزا صحيا جديدا في منطقة الجهراء.(النهاية)\nم ع\n';
    await t.bot.handleUpdate(messageUpdate(wire, { userId: 77, chatId: 77, forwarded: true }));
    expect(t.lastText()).toContain('Added \u20681\u2069');
  });

  it('in a group answers only commands and mentions', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', { chatType: 'group', chatId: -100 }));
    expect(t.texts()).toEqual([]);
    await t.bot.handleUpdate(messageUpdate('@wirebrief_bot what did Putin say about BRICS', { chatType: 'group', chatId: -100 }));
    expect(t.lastText()).toContain('بريكس');
  });

  it('limits questions per user with a "try again" reply', async () => {
    const t = createRecordingBot(stores);
    for (let i = 0; i < 5; i += 1) await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 11, userId: 11 }));
    await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 11, userId: 11 }));
    expect(t.lastText()).toBe('You are asking quickly. Try again in \u206860\u2069 s.');
    t.clock.advance(61_000);
    await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 11, userId: 11 }));
    expect(t.lastText()).toContain('النفط');
  });

  it('answers a failing handler with an apology and keeps running', async () => {
    const broken = { ...stores, dispatches: { ...stores.dispatches, searchPassages: async () => Promise.reject(new Error('disk on fire')) } };
    const t = createRecordingBot(broken as Stores);
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', { chatId: 12 }));
    expect(t.lastText()).toBe('Sorry, something went wrong while answering. The desk has been told; please try again.');
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 12 }));
    expect(t.lastText()).toContain('What I can do');
  });

  it('marks a chat that blocked the bot, and a failing chat action does not stop the answer', async () => {
    const t = createRecordingBot(stores);
    t.fail('sendChatAction', 500, 'Internal Server Error');
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', { chatId: 13 }));
    expect(t.lastText()).toContain('بريكس');
    t.fail('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 13 }));
    expect((await stores.subscribers.get(13))?.blocked).toBe(true);
  });
});
