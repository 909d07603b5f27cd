import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { callbackUpdate, messageUpdate } from '../helpers/make-update.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
let stores: Stores;
let db: string;
const ingestedAt = new Date('2026-02-05T06:00:00Z');
const story = (name: string) => join(fixturesDir, 'stories', name);

async function ingest(path: string, source = path): Promise<void> {
  await ingestWireBytes(stores.dispatches, { source, bytes: readFileSync(path) }, ingestedAt);
}

beforeEach(() => {
  db = join(tempDir(), 'store.db');
  stores = openStores(db);
});
afterEach(() => stores.close());

describe('digests a reader opens', () => {
  it('in English, of stories that exist only in Arabic: the header, the headline marked as Arabic in words, a summary that is not the headline', async () => {
    await ingest(story('kuna-ar-2026-02-05-kuwait-oil.txt'));
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/digest', { chatId: 21, userId: 21 }));
    const text = t.lastText();
    expect(text).toMatch(/^<b>Your briefing<\/b> · \u2068Thursday, 5 February 2026\u2069\n<i>Dispatches from \u20684 Feb, 11:00\u2069 to \u20685 Feb, 11:00\u2069<\/i>\n\n/);
    expect(text).toMatch(/1\. <b>ارتفع سعر برميل النفط الكويتي[^<]*<\/b> <i>\(in \u2068Arabic\u2069\)<\/i>\nوفي الأسواق العالمية ارتفع سعر خام برنت/);
    expect(text).toMatch(/<i>\u20681 dispatch\u2069, latest \u20685 Feb, 09:00\u2069<\/i> · \/story_s_kuna_20260205_[0-9a-f]{12} · \/source_kuna_20260205_[0-9a-f]{12}/);
    expect(text).not.toMatch(/\[ar\]/);
    expect(t.lastKeyboard()).toEqual([{ text: 'Story \u20681\u2069', callback_data: expect.stringMatching(/^story:s-kuna-20260205-/) }]);
  });

  it('in Arabic, of a story only in English, with a link to the original when the source has one', async () => {
    await ingest(story('kuna-en-2026-02-04-kuwait-flu.txt'), 'https://www.kuna.net.kw/ArticleDetails.aspx?id=123&language=en');
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/digest', { chatId: 22, userId: 22, languageCode: 'ar' }));
    const text = t.lastText();
    expect(text).toMatch(/^<b>موجزك<\/b> · \u2068الخميس، 5 فبراير 2026\u2069\n/);
    expect(text).toMatch(/1\. <b>Kuwait's Ministry of Health launched[^<]*<\/b> <i>\(\u2068بالإنجليزية\u2069\)<\/i>\nThe ministry said the vaccine is free/);
    expect(text).toContain('<a href="https://www.kuna.net.kw/ArticleDetails.aspx?id=123&amp;language=en">الأصل</a>');
    expect(t.lastKeyboard().map((b) => b.text)).toEqual(['القصة \u20681\u2069']);
  });

  it('an empty period says so and offers the latest stories, labelled older; `wirebrief digest` agrees', async () => {
    await ingest(seedPath);
    await ingest(story('kuna-ar-2026-02-05-kuwait-oil.txt'));
    stores.close();
    const now = new Date('2026-03-01T08:00:00Z');
    stores = openStores(db);
    const t = createRecordingBot(stores);
    t.clock.set(now);
    await t.bot.handleUpdate(messageUpdate('/digest', { chatId: 23, userId: 23 }));
    const text = t.lastText();
    expect(text).toContain('Nothing new on the wire in this period.\n\n<b>Latest stories before this period (older):</b>\n\n1. ');
    expect(text).not.toContain('2. <b>أكد الرئيس الصيني'); // only the newest day before the period: not a month-old story
    const cli = await runCliCaptured(['digest', '--db', db, '--json'], { now });
    const digest = cli.json<{ stories: unknown[]; older: Array<{ storyId: string }> }>();
    expect(digest.stories).toEqual([]);
    const offered = [...text.matchAll(/\/story_(s_kuna_\d+_[0-9a-f]+)/g)].map((m) => (m[1] as string).replaceAll('_', '-'));
    expect(digest.older.map((s) => s.storyId)).toEqual(offered);
    expect(offered).toHaveLength(1);
    const human = await runCliCaptured(['digest', '--db', db], { now });
    expect(human.stdout).toContain('Nothing new on the wire in this period.\n\nLatest stories before this period (older):');
  });
});

describe('/story', () => {
  it('shows the timeline newest first across both languages from a digest button, in the reader’s language', async () => {
    await ingest(seedPath);
    await ingestWireBytes(stores.dispatches, { source: 'en', bytes: readFileSync(story('kuna-en-2026-02-04-beijing.txt')) }, new Date('2026-02-05T07:00:00Z'));
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/digest', { chatId: 24, userId: 24 }));
    const button = t.lastKeyboard()[0]?.callback_data as string;
    await t.bot.handleUpdate(callbackUpdate(button, { chatId: 24, userId: 24 }));
    const text = t.lastText();
    expect(text).toMatch(/^<b>The story so far: \u20682\u2069 dispatches, newest first<\/b>\n\n<b>5 Feb, 10:00<\/b> · Xi, Putin vow closer coordination/);
    expect(text).toContain('<b>5 Feb, 09:00</b> · أكد الرئيس الصيني');
    expect(text).toContain('<i>(in \u2068Arabic\u2069)</i>\n<i>First report</i>\nKUNA, Beijing, 2026-02-04');
    expect(text).toContain('<i>Repeats what was known (other wording or language)</i>');
    const ar = createRecordingBot(stores);
    await ar.bot.handleUpdate(messageUpdate(`/story ${button.slice('story:'.length)}`, { chatId: 25, userId: 25, languageCode: 'ar' }));
    expect(ar.lastText()).toMatch(/^<b>القصة حتى الآن: برقيتان، الأحدث أولا<\/b>/);
    expect(ar.lastText()).toContain('KUNA, بكين, 2026-02-04');
    await ar.bot.handleUpdate(messageUpdate('/story s-nothing-here', { chatId: 25, userId: 25, languageCode: 'ar' }));
    expect(ar.lastText()).toBe('لا قصة بالمعرف \u2068s-nothing-here\u2069.');
  });
});

describe('a bot that always answers', () => {
  it.each([
    ['en', 'This menu has expired; here is what you can do now.\n\n/start: Welcome and language'],
    ['ar', 'انتهت صلاحية هذه القائمة؛ إليك ما يمكنك فعله الآن.\n\n/start: الترحيب واختيار اللغة'],
  ] as const)('answers a stale button (%s), removes its keyboard and sends the commands instead', async (languageCode, reply) => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 26, userId: 26, languageCode }));
    await t.bot.handleUpdate(callbackUpdate('digest-time:0700', { chatId: 26, userId: 26, languageCode })); // an old release's button
    const answer = t.calls.find((c) => c.method === 'answerCallbackQuery');
    expect(answer?.payload.text).toBe(reply.split('\n')[0]);
    expect(t.calls.find((c) => c.method === 'editMessageReplyMarkup')?.payload).toMatchObject({ message_id: 9999, reply_markup: { inline_keyboard: [] } });
    expect(t.lastText()).toContain(reply);
    await t.bot.handleUpdate(callbackUpdate('unfollow#7', { chatId: 26, userId: 26, languageCode })); // a topic no longer there
    expect(t.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(2);
    expect(t.lastText()).toContain(reply);
  });

  it('marks the current choice on the settings buttons and moves the mark when one is pressed', async () => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/settings', { chatId: 27, userId: 27 }));
    const marked = t.lastKeyboard().filter((b) => b.text.startsWith('✓ ')).map((b) => b.callback_data);
    expect(marked).toEqual(['lang:en', 'tz:Asia/Kuwait', 'time:07:00', 'freq:morning', 'quiet:off']);
    await t.bot.handleUpdate(callbackUpdate('freq:both', { chatId: 27, userId: 27 }));
    expect(t.lastText()).toBe('Briefing: \u2068Morning and evening\u2069.');
    const edited = t.calls.filter((c) => c.method === 'editMessageReplyMarkup').at(-1)?.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
    expect(edited.inline_keyboard.flat().filter((b) => b.text.startsWith('✓ ')).map((b) => b.callback_data)).toEqual(['lang:en', 'tz:Asia/Kuwait', 'time:07:00', 'freq:both', 'quiet:off']);
    expect((await stores.subscribers.get(27))?.digestFrequency).toBe('both');
    // the language buttons of the same menu: the menu follows, marked, in the new language
    const update = callbackUpdate('lang:ar', { chatId: 27, userId: 27 });
    (update.callback_query!.message as { reply_markup?: unknown }).reply_markup = { inline_keyboard: edited.inline_keyboard };
    await t.bot.handleUpdate(update);
    const relabelled = t.calls.filter((c) => c.method === 'editMessageReplyMarkup').at(-1)?.payload.reply_markup as typeof edited;
    expect(relabelled.inline_keyboard.flat().filter((b) => b.text.startsWith('✓ ')).map((b) => b.text)).toEqual(['✓ العربية', '✓ Asia/Kuwait', '✓ وقت الموجز 07:00', '✓ صباحا ومساء', '✓ بلا ساعات هدوء']);
  });

  it.each([
    ['en', 'Your briefing is off. Turn it on at \u206808:00\u2069?', ['Turn it on', 'Keep it off'], 'Your morning briefing is on, at \u206808:00\u2069'],
    ['ar', 'موجزك متوقف. هل تريد تفعيله في الساعة \u206808:00\u2069؟', ['فعّله', 'أبقه متوقفا'], 'تم تفعيل موجزك الصباحي في الساعة \u206808:00\u2069'],
  ] as const)('asks (%s) whether to turn the briefing on when only its time is chosen', async (languageCode, question, buttons, on) => {
    const t = createRecordingBot(stores);
    await t.bot.handleUpdate(messageUpdate('/settings', { chatId: 28, userId: 28, languageCode }));
    await t.bot.handleUpdate(callbackUpdate('time:08:00', { chatId: 28, userId: 28, languageCode }));
    expect(t.lastText()).toBe(question);
    expect(t.lastKeyboard().map((b) => [b.text, b.callback_data])).toEqual([
      [buttons[0], 'subscribe:on'],
      [buttons[1], 'digest:keep-off'],
    ]);
    expect((await stores.subscribers.get(28))?.digestEnabled).toBe(false);
    await t.bot.handleUpdate(callbackUpdate('subscribe:on', { chatId: 28, userId: 28, languageCode }));
    expect(t.lastText()).toContain(on);
    expect(await stores.subscribers.get(28)).toMatchObject({ digestEnabled: true, digestTime: '08:00' });
  });
});
