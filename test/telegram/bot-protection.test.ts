import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/open-stores.js';
import { callbackUpdate, messageUpdate, migrateUpdate, myChatMemberUpdate } from '../helpers/make-update.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { useSeededStores } from './seeded-stores.js';

const stores = useSeededStores();
const wire = 'KUWAIT, Feb 5 (KUNA) -- Kuwait Airways said on Thursday it will add flights to Cairo.\n(end)\nab.cd\n';
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** Serves Bot API file downloads on 127.0.0.1, as Telegram serves /file/bot<token>/<path>. */
async function fileServer(files: Record<string, string>): Promise<{ apiRoot: string; requested: string[] }> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const body = files[req.url ?? ''];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return { apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requested };
}

describe('admin commands', () => {
  it('refuses /ingest and /stats to others, and lets an admin ingest a replied-to wire text', async () => {
    const t = createRecordingBot(stores(), { WIREBRIEF_ADMINS: '77' });
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 5, chatId: 5, replyTo: { message_id: 3, text: wire } }));
    expect(t.lastText()).toBe("Sorry, only the desk's administrators can do that.");
    expect(await stores().dispatches.countDispatches()).toBe(3);
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 77, chatId: 77, replyTo: { message_id: 3, text: wire } }));
    expect(t.lastText()).toMatch(/^Added \u20681\u2069, already stored \u20680\u2069, rejected \u20680\u2069\.\n\+ \/source_kuna_20260205_[0-9a-f]{12}$/);
    expect(await stores().dispatches.countDispatches()).toBe(4);
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 77, chatId: 77, replyTo: { message_id: 4, text: `${wire}\nالكويت - 31 - 2 (كونا) -- نص.(النهاية)\n` } }));
    expect(t.lastText()).toContain('already stored \u20681\u2069');
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 77, chatId: 77 }));
    expect(t.lastText()).toBe('Reply with /ingest to a message holding wire text or to a .txt document.');
    await t.bot.handleUpdate(messageUpdate('/stats', { userId: 77, chatId: 77 }));
    expect(t.lastText()).toMatch(/^Dispatches: \u20684\u2069 · subscribers: \u20682\u2069/);
  });

  it('ingests a .txt document an admin replies to, fetched from the Bot API, and refuses other files', async () => {
    const files = await fileServer({ '/file/bot42:TEST/documents/doc-1.txt': wire });
    const t = createRecordingBot(stores(), { WIREBRIEF_ADMINS: '77', TELEGRAM_API_ROOT: files.apiRoot });
    const document = { file_id: 'doc-1', file_name: 'wire.txt', mime_type: 'text/plain', file_size: wire.length };
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 77, chatId: 77, replyTo: { message_id: 3, document } }));
    expect(t.calls.find((c) => c.method === 'getFile')?.payload.file_id).toBe('doc-1');
    expect(t.lastText()).toContain('Added \u20681\u2069');
    const [newest] = await stores().dispatches.listDispatches({ limit: 1 });
    expect(newest?.headline).toContain('Kuwait Airways');
    const pdf = { file_id: 'doc-2', file_name: 'wire.pdf', mime_type: 'application/pdf' };
    await t.bot.handleUpdate(messageUpdate('/ingest', { userId: 77, chatId: 77, replyTo: { message_id: 4, document: pdf } }));
    expect(t.lastText()).toBe('I can ingest only plain text: a message, or a .txt document.');
    expect(files.requested).toEqual(['/file/bot42:TEST/documents/doc-1.txt']);
  });

  it('ingests a post an admin forwards, and tells anyone else forwarding is for the desk', async () => {
    const t = createRecordingBot(stores(), { WIREBRIEF_ADMINS: '77' });
    const arabic = 'الكويت - 5 - 2 (كونا) -- افتتح وزير الصحة مركزا صحيا جديدا في منطقة الجهراء.(النهاية)\nم ع\n';
    await t.bot.handleUpdate(messageUpdate(arabic, { userId: 77, chatId: 77, forwarded: true }));
    expect(t.lastText()).toContain('Added \u20681\u2069');
    await t.bot.handleUpdate(messageUpdate(wire, { userId: 5, chatId: 5, forwarded: true, languageCode: 'ar' }));
    expect(t.lastText()).toContain('إضافة البرقيات بإعادة توجيهها متاحة لمشرفي التحرير فقط');
    expect(await stores().dispatches.countDispatches()).toBe(4);
  });
});

describe('groups', () => {
  it('answers only commands, mentions and replies to the bot', async () => {
    const t = createRecordingBot(stores());
    const group = { chatType: 'group', chatId: -100 } as const;
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', group));
    await t.bot.handleUpdate(messageUpdate('/help@some_other_bot', group));
    expect(t.calls).toEqual([]);
    await t.bot.handleUpdate(messageUpdate('@wirebrief_bot what did Putin say about BRICS', group));
    expect(t.lastText()).toContain('بريكس');
    await t.bot.handleUpdate(messageUpdate('and about the SCO?', { ...group, replyTo: { message_id: 9, text: 'an answer', fromBot: true } }));
    expect(t.texts()).toHaveLength(2);
    await t.bot.handleUpdate(messageUpdate('/help@wirebrief_bot', group));
    expect(t.lastText()).toContain('What I can do');
  });

  it('keeps a group’s settings when it becomes a supergroup', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/follow OPEC', { chatType: 'group', chatId: -100 }));
    await t.bot.handleUpdate(migrateUpdate(-100, -1009));
    expect((await stores().subscribers.get(-1009))?.topics).toEqual(['OPEC']);
    expect(await stores().subscribers.get(-100)).toBeNull();
  });
});

describe('protecting the service', () => {
  it('limits questions per user with a localised "try again in N s"', async () => {
    const t = createRecordingBot(stores());
    for (let i = 0; i < 5; i += 1) await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 11, userId: 11 }));
    await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 11, userId: 11 }));
    expect(t.lastText()).toBe('You are asking quickly. Try again in \u206860\u2069 s.');
    t.clock.advance(45_000);
    await t.bot.handleUpdate(messageUpdate('/ask أسعار النفط', { chatId: 11, userId: 11, languageCode: 'ar' }));
    expect(t.lastText()).toBe('أسئلتك متتابعة بسرعة. حاول مجددا بعد \u206815\u2069 ثانية.'); // the question's language, not the English setting
    await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 12, userId: 12, languageCode: 'ar' }));
    expect(t.lastText()).toContain('النفط');
    t.clock.advance(16_000);
    await t.bot.handleUpdate(messageUpdate('oil prices', { chatId: 11, userId: 11 }));
    expect(t.lastText()).toContain('النفط');
    const arabic = createRecordingBot(stores());
    for (let i = 0; i < 6; i += 1) await arabic.bot.handleUpdate(messageUpdate('أسعار النفط', { chatId: 13, userId: 13, languageCode: 'ar' }));
    expect(arabic.lastText()).toBe('أسئلتك متتابعة بسرعة. حاول مجددا بعد \u206860\u2069 ثانية.');
  });

  it('answers a failing handler with an apology, logs it, and keeps running', async () => {
    const real = stores();
    const broken = { ...real, dispatches: { ...real.dispatches, searchPassages: async () => Promise.reject(new Error('disk on fire')) } } as Stores;
    const logged: unknown[] = [];
    const t = createRecordingBot(broken);
    t.deps.logger.error = ((obj: unknown) => void logged.push(obj)) as typeof t.deps.logger.error;
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', { chatId: 12, languageCode: 'ar' }));
    expect(t.lastText()).toBe('عذرا، حدث خطأ أثناء الإجابة. تم إبلاغ فريق التحرير؛ حاول مجددا.');
    expect(String((logged[0] as { err: Error }).err.message)).toContain('disk on fire');
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 12 }));
    expect(t.lastText()).toContain('ما يمكنني فعله');
  });

  it('answers even when the typing action fails', async () => {
    const t = createRecordingBot(stores());
    t.fail('sendChatAction', 500, 'Internal Server Error');
    await t.bot.handleUpdate(messageUpdate('what did Putin say about BRICS', { chatId: 13 }));
    expect(t.lastText()).toContain('بريكس');
  });

  it('marks a chat blocked on a 403 or when it blocks the bot, and unblocks it when it writes again', async () => {
    const t = createRecordingBot(stores());
    await t.bot.handleUpdate(messageUpdate('/subscribe', { chatId: 14 }));
    t.fail('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 14 }));
    expect((await stores().subscribers.get(14))?.blocked).toBe(true);
    expect((await stores().subscribers.listDigestSubscribers()).map((s) => s.chatId)).not.toContain(14);
    t.heal('sendMessage');
    await t.bot.handleUpdate(messageUpdate('/help', { chatId: 14 }));
    expect((await stores().subscribers.get(14))?.blocked).toBe(false);
    expect(t.lastText()).toContain('What I can do');
    await t.bot.handleUpdate(myChatMemberUpdate('kicked', 14));
    expect((await stores().subscribers.get(14))?.blocked).toBe(true);
    await t.bot.handleUpdate(myChatMemberUpdate('member', 14));
    expect((await stores().subscribers.get(14))?.blocked).toBe(false);
    await t.bot.handleUpdate(callbackUpdate('lang:ar', { chatId: 14 }));
    expect(t.lastText()).toBe('تم اختيار العربية.');
  });
});

describe('a failing button', () => {
  it('stops the spinner and apologises', async () => {
    const real = stores();
    const broken = { ...real, subscribers: { ...real.subscribers, update: async () => Promise.reject(new Error('locked')) } } as Stores;
    const t = createRecordingBot(broken);
    await t.bot.handleUpdate(callbackUpdate('lang:ar', { chatId: 15 }));
    expect(t.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(t.lastText()).toBe('Sorry, something went wrong while answering. The desk has been told; please try again.');
  });
});

describe('/broadcast', () => {
  it('queues one outbox row per subscriber for an admin, once per command, and refuses others', async () => {
    const { openStores } = await import('../../src/store/open-stores.js');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createRecordingBot } = await import('../helpers/recording-bot.js');
    const { messageUpdate } = await import('../helpers/make-update.js');
    const stores = openStores(join(mkdtempSync(join(tmpdir(), 'wirebrief-broadcast-')), 'store.db'));
    try {
      const t = createRecordingBot(stores, { WIREBRIEF_ADMINS: '77' });
      await t.bot.handleUpdate(messageUpdate('/start', { chatId: 1, userId: 1 }));
      await t.bot.handleUpdate(messageUpdate('/start', { chatId: 2, userId: 2 }));
      await t.bot.handleUpdate(messageUpdate('/broadcast hello <all>', { chatId: 5, userId: 5 }));
      expect(t.lastText()).toContain('administrators');
      const command = messageUpdate('/broadcast Service note: <b>maintenance</b> at 02:00', { chatId: 77, userId: 77 });
      await t.bot.handleUpdate(command);
      await t.bot.handleUpdate(command);
      const rows = (await stores.outbox.list({ kind: 'broadcast' })).sort((a, b) => a.chatId - b.chatId);
      expect(rows.map((r) => r.chatId)).toEqual([1, 2, 5, 77]);
      expect(rows.every((r) => r.text.includes('maintenance'))).toBe(true);
      expect(rows[0]?.text).toContain('&lt;b&gt;maintenance&lt;/b&gt;');
      expect(t.lastText()).toContain('Queued for');
    } finally {
      stores.close();
    }
  });
});
