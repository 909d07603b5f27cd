import { describe, expect, it } from 'vitest';
import { callbackUpdate, messageUpdate } from '../helpers/make-update.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { useSeededStores } from './seeded-stores.js';

const stores = useSeededStores();

/** Each command, and what its reply starts with or contains, in English and in Arabic. */
const everyCommand: Array<[string, string, string]> = [
  ['/start', 'Welcome to <b>wirebrief</b>', 'أهلا بك في <b>wirebrief</b>'],
  ['/help', '<b>What I can do</b>', '<b>ما يمكنني فعله</b>'],
  ['/lang', 'Choose your language:', 'اختر لغتك:'],
  ['/ask', 'Ask a question after /ask', 'اكتب سؤالك بعد /ask'],
  ['/latest', '<b>Latest dispatches</b>', '<b>أحدث البرقيات</b>'],
  ['/search influenza', '<b>Search</b>: \u2068influenza\u2069', '<b>بحث</b>: \u2068influenza\u2069'],
  ['/search', 'Add words after /search', 'اكتب كلمات بعد /search'],
  ['/source', 'Add a dispatch id after /source.', 'اكتب معرف البرقية بعد /source.'],
  ['/digest', '<b>Your briefing</b>', '<b>موجزك</b>'],
  ['/subscribe 6:30', 'Your morning briefing is on, at \u206806:30\u2069', 'تم تفعيل موجزك الصباحي في الساعة \u206806:30\u2069'],
  ['/subscribe 25:00', 'Send the time as HH:MM', 'أرسل الوقت بصيغة HH:MM'],
  ['/unsubscribe', 'Your morning briefing is off.', 'تم إيقاف موجزك الصباحي.'],
  ['/follow', 'Add a topic after /follow', 'اكتب موضوعا بعد /follow'],
  ['/follow BRICS', 'You now follow “\u2068BRICS\u2069”', 'أنت تتابع الآن «\u2068بريكس\u2069»'],
  ['/topics', 'You follow no topics.', 'لا تتابع أي موضوع.'],
  ['/follow 🤔', 'A topic must hold at least one letter', 'يجب أن يحتوي الموضوع على حرف واحد على الأقل'],
  [`/follow ${'oil '.repeat(75)}`, 'A topic is at most \u206880\u2069 characters; yours has \u2068299\u2069.', 'الحد الأقصى للموضوع \u206880\u2069 حرفا، وموضوعك \u2068299\u2069 حرفا.'],
  ['/foo', 'I do not know \u2068/foo\u2069. These are the commands I know:\n\n/start: Welcome and language', 'لا أعرف الأمر \u2068/foo\u2069. هذه الأوامر التي أعرفها:\n\n/start: الترحيب واختيار اللغة'],
  ['/مساعدة', 'I do not know \u2068/مساعدة\u2069.', 'لا أعرف الأمر \u2068/مساعدة\u2069.'],
  ['/digest_now', 'I do not know \u2068/digest_now\u2069.', 'لا أعرف الأمر \u2068/digest_now\u2069.'],
  ['/story', 'Add a story id after /story', 'اكتب معرف القصة بعد /story'],
  ['/unfollow OPEC', 'You do not follow “\u2068OPEC\u2069”.', 'أنت لا تتابع «\u2068أوبك\u2069».'],
  ['/settings', '<b>Settings</b>\nLanguage: ', '<b>الإعدادات</b>\nاللغة: '],
  ['/settings Mars/Olympus', '“\u2068Mars/Olympus\u2069” is not a time zone I know.', '«\u2068Mars/Olympus\u2069» ليست منطقة زمنية معروفة.'],
  ['/settings Europe/Paris', 'Time zone set to \u2068Europe/Paris\u2069.', 'تم ضبط المنطقة الزمنية على \u2068Europe/Paris\u2069.'],
  ['/ingest', "Sorry, only the desk's administrators can do that.", 'عذرا، هذا متاح لمشرفي التحرير فقط.'],
  ['/stats', "Sorry, only the desk's administrators can do that.", 'عذرا، هذا متاح لمشرفي التحرير فقط.'],
];

describe('every command, in English and in Arabic', () => {
  it.each(everyCommand)('%s', async (command, english, arabic) => {
    const en = createRecordingBot(stores());
    await en.bot.handleUpdate(messageUpdate(command, { chatId: 1, userId: 1, languageCode: 'en' }));
    expect(en.lastText()).toContain(english);
    const ar = createRecordingBot(stores());
    await ar.bot.handleUpdate(messageUpdate(command, { chatId: 2, userId: 2, languageCode: 'ar' }));
    expect(ar.lastText()).toContain(arabic);
    for (const call of [...en.calls, ...ar.calls].filter((c) => c.method === 'sendMessage')) expect(call.payload.parse_mode).toBe('HTML');
  });

  it('registers the command menu in both languages', async () => {
    const { registerCommands } = await import('../../src/telegram/create-bot.js');
    const t = createRecordingBot(stores());
    await registerCommands(t.bot, t.deps.logger);
    const menus = t.calls.filter((c) => c.method === 'setMyCommands');
    expect(menus.map((c) => c.payload.language_code)).toEqual([undefined, 'ar']);
    expect(menus[1]?.payload.commands).toContainEqual({ command: 'digest', description: 'موجز الآن' });
  });

  it('logs a failing setMyCommands and carries on', async () => {
    const { registerCommands } = await import('../../src/telegram/create-bot.js');
    const t = createRecordingBot(stores());
    t.fail('setMyCommands', 500, 'Internal Server Error');
    await registerCommands(t.bot, t.deps.logger);
    await t.bot.handleUpdate(messageUpdate('/help'));
    expect(t.lastText()).toContain('What I can do');
  });
});

describe('the conversations a reader has', () => {
  it('welcomes in the Telegram language, offers languages and the morning briefing, and keeps the choice', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/start', { chatId: 3, userId: 3, languageCode: 'ar' }));
    expect(t.lastKeyboard().map((b) => [b.text, b.callback_data])).toEqual([
      ['العربية', 'lang:ar'],
      ['English', 'lang:en'],
      ['☀️ موجز صباحي في الساعة \u206807:00\u2069', 'subscribe:on'],
    ]);
    expect((await stores().subscribers.get(3))?.lang).toBe('ar');
    await t.bot.handleUpdate(callbackUpdate('subscribe:on', { chatId: 3, userId: 3 }));
    expect(t.lastText()).toBe('تم تفعيل موجزك الصباحي في الساعة \u206807:00\u2069 (\u2068Asia/Kuwait\u2069).');
    await t.bot.handleUpdate(callbackUpdate('lang:en', { chatId: 3, userId: 3 }));
    expect(t.lastText()).toBe('Language set to English.');
    await t.bot.handleUpdate(messageUpdate('/start', { chatId: 3, userId: 3, languageCode: 'ar' }));
    expect(t.lastText()).toContain('Welcome');
    expect(t.lastKeyboard().map((b) => b.callback_data)).toEqual(['lang:ar', 'lang:en']);
    expect(t.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(2);
  });

  it.each([
    ['what did Putin say about BRICS', 'en', 'Sources', 'Beijing'],
    ['ماذا قال بوتين عن بريكس', 'ar', 'المصادر', 'بكين'],
  ] as const)('answers "%s" with quoted, cited dispatches, typing first', async (question, languageCode, sources, city) => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate(question, { chatId: 4, userId: 4, languageCode }));
    expect(t.calls[0]).toMatchObject({ method: 'sendChatAction', payload: { action: 'typing', chat_id: 4 } });
    const reply = t.lastText();
    expect(reply).toContain('بريكس');
    expect(reply).toContain(`<b>${sources}</b>`);
    expect(reply).toMatch(new RegExp(`\\n\\[1\\] KUNA, \u2068${city}\u2069, 2026-02-04 /source_kuna_20260204_[0-9a-f]{12}`));
  });

  it('isolates the Arabic quote inside an English answer so its full stop stays with it', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', { chatId: 4, userId: 4 }));
    // offline, an English reader is told the quote is Arabic, and reads the dateline in English
    expect(t.lastText()).toMatch(/Putin \(KUNA, Beijing, 2026-02-04\): «\u2068وأعرب [^\u2069]+\.\u2069» <i>\(in \u2068Arabic\u2069\)<\/i>/);
  });

  it('shows a cited dispatch verbatim in <pre>, from /source <id> or the tappable /source_<id>', async () => {
    const t = createRecordingBot(stores());
    const [newest] = await stores().dispatches.listDispatches({ limit: 1 });
    await t.bot.handleUpdate(messageUpdate(`/source_${newest!.id.replaceAll('-', '_')}`));
    expect(t.lastText()).toMatch(/^<pre>التاريخ : 05\/02\/2026\n/);
    expect(t.lastText().endsWith('</pre>')).toBe(true);
    await t.bot.handleUpdate(messageUpdate(`/source ${newest!.id}`));
    expect(t.texts().at(-2)).toBe(t.lastText());
    await t.bot.handleUpdate(messageUpdate('/source <b>nope</b>'));
    expect(t.lastText()).toBe('No dispatch with id \u2068&lt;b&gt;nope&lt;/b&gt;\u2069.');
  });

  it('pages through /latest with Older and Newer buttons, editing the message', async () => {
    const t = createRecordingBot(stores());
    const wire = (n: number) => `KUWAIT, Feb 5 (KUNA) -- Story number ${n} was reported on Thursday in Kuwait City.\n(end)\nab.cd\n`;
    const { ingestWireBytes } = await import('../../src/ingest/ingest-wire-bytes.js');
    for (let n = 1; n <= 4; n += 1) await ingestWireBytes(stores().dispatches, { source: `s${n}`, bytes: Buffer.from(wire(n)) }, new Date('2026-02-05T09:00:00Z'));
    await t.bot.handleUpdate(messageUpdate('/latest'));
    expect(t.lastText()).toContain('(page \u20681\u2069)');
    expect(t.lastText().match(/\/source_/g)).toHaveLength(5);
    expect(t.lastKeyboard()).toEqual([{ text: 'Older ›', callback_data: 'latest:1' }]);
    await t.bot.handleUpdate(callbackUpdate('latest:1'));
    const edit = t.calls.at(-1)!;
    expect(edit.method).toBe('editMessageText');
    expect(String(edit.payload.text)).toContain('(page \u20682\u2069)');
    expect(String(edit.payload.text).match(/\/source_/g)).toHaveLength(2);
    expect(t.lastKeyboard()).toEqual([{ text: '‹ Newer', callback_data: 'latest:0' }]);
  });

  it('searches across languages and escapes what the user typed', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/search الإنفلونزا'));
    expect(t.lastText()).toContain('seasonal influenza vaccination');
    expect(t.lastText()).toMatch(/\/source_kuna_20260204_/);
    await t.bot.handleUpdate(messageUpdate('/search <zzqx>'));
    expect(t.lastText()).toBe('Nothing found for “\u2068&lt;zzqx&gt;\u2069”.');
  });

  it('composes a digest now, with its sources', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/digest', { languageCode: 'ar', chatId: 6, userId: 6 }));
    expect(t.lastText()).toMatch(/^<b>موجزك<\/b> · \u2068الخميس، 5 فبراير 2026\u2069\n<i>البرقيات من \u20684 فبراير، 11:00\u2069 إلى \u20685 فبراير، 11:00\u2069<\/i>\n\n1\. <b>/);
    expect(t.lastText()).toContain('/source_kuna_20260205_');
  });

  it('follows, lists and unfollows topics from a keyboard', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/follow BRICS', { chatId: 8 }));
    await t.bot.handleUpdate(messageUpdate('/follow أوبك', { chatId: 8 }));
    await t.bot.handleUpdate(messageUpdate('/follow BRICS', { chatId: 8 }));
    expect(t.lastText()).toBe('You already follow “\u2068BRICS\u2069”.');
    await t.bot.handleUpdate(messageUpdate('/follow بريكس', { chatId: 8 })); // the same concept in the other script
    expect(t.lastText()).toBe('You already follow “\u2068BRICS\u2069”.');
    await t.bot.handleUpdate(messageUpdate('/follow Al-Hajri', { chatId: 8 }));
    await t.bot.handleUpdate(messageUpdate('/follow الهاجري', { chatId: 8 })); // a name no list holds, across scripts
    expect(t.lastText()).toBe('You already follow “\u2068Al-Hajri\u2069”.');
    await t.bot.handleUpdate(messageUpdate('/unfollow Al-Hajri', { chatId: 8 }));
    await t.bot.handleUpdate(messageUpdate('/topics', { chatId: 8 }));
    expect(t.lastText()).toBe('You follow these topics (tap one to stop):\n• BRICS\n• OPEC'); // shown in the reader's language
    expect(t.lastKeyboard()).toEqual([
      { text: '✕ BRICS', callback_data: 'unfollow:BRICS' },
      { text: '✕ OPEC', callback_data: 'unfollow:أوبك' },
    ]);
    await t.bot.handleUpdate(messageUpdate('/unfollow', { chatId: 8 }));
    expect(t.lastText()).toBe('Which topic should I stop following?');
    await t.bot.handleUpdate(callbackUpdate('unfollow:BRICS', { chatId: 8 }));
    expect(t.lastText()).toBe('You no longer follow “\u2068BRICS\u2069”.');
    await t.bot.handleUpdate(callbackUpdate('unfollow:BRICS', { chatId: 8 }));
    expect((await stores().subscribers.get(8))?.topics).toEqual(['أوبك']);
  });

  it('changes language, time zone, briefing time and quiet hours from /settings', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/settings', { chatId: 9 }));
    const data = t.lastKeyboard().map((b) => b.callback_data);
    expect(data).toEqual(expect.arrayContaining(['lang:ar', 'lang:en', 'tz:Asia/Kuwait', 'tz:Asia/Riyadh', 'time:06:00', 'quiet:22:00-07:00', 'quiet:off']));
    await t.bot.handleUpdate(callbackUpdate('tz:Europe/London', { chatId: 9 }));
    expect(t.lastText()).toBe('Time zone set to \u2068Europe/London\u2069.');
    await t.bot.handleUpdate(callbackUpdate('tz:Not/AZone', { chatId: 9 }));
    await t.bot.handleUpdate(callbackUpdate('time:06:00', { chatId: 9 }));
    await t.bot.handleUpdate(callbackUpdate('quiet:22:00-07:00', { chatId: 9 }));
    expect(await stores().subscribers.get(9)).toMatchObject({ timeZone: 'Europe/London', digestTime: '06:00', digestEnabled: false, quietStart: '22:00', quietEnd: '07:00' });
    await t.bot.handleUpdate(callbackUpdate('subscribe:on', { chatId: 9 }));
    await t.bot.handleUpdate(callbackUpdate('lang:ar', { chatId: 9 }));
    await t.bot.handleUpdate(messageUpdate('/settings', { chatId: 9 }));
    expect(t.lastText()).toContain('المنطقة الزمنية: \u2068Europe/London\u2069\nالموجز: \u2068مفعل في الساعة \u206806:00\u2069 (\u2068صباحا\u2069)\u2069');
  });
});
