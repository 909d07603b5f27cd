import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import { channelFeature } from '../../src/telegram/features/channel-feature.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { englishWire } from '../sources/feed-server.js';
import { makeDeps } from '../sources/make-deps.js';
import { testBotInfo } from '../helpers/recording-bot.js';

const tempDir = useTempDir();
const channelId = -1001234567890;
const botInfo = testBotInfo;
let open: Deps[] = [];
afterEach(() => {
  for (const deps of open.splice(0)) deps.stores.close();
});

function setup(onIngested?: (report: IngestReport) => unknown) {
  const { deps } = makeDeps(tempDir(), { WIREBRIEF_CHANNELS: String(channelId) });
  open.push(deps);
  const calls: Array<{ method: string; payload: unknown }> = [];
  const bot = new Bot('123456:test-token-not-used-anywhere', { botInfo });
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload });
    return { ok: true, result: true } as never;
  });
  bot.use(channelFeature({ ...deps, onIngested }));
  return { deps, bot, calls };
}

const chat = (id: number) => ({ id, type: 'channel' as const, title: 'KUNA' });
const post = (id: number, text: string, messageId = 7): Update => ({
  update_id: 1,
  channel_post: { message_id: messageId, date: 1770192000, chat: chat(id), text },
});
const edit = (id: number, text: string, messageId = 7): Update => ({
  update_id: 2,
  edited_channel_post: { message_id: messageId, date: 1770192000, edit_date: 1770195600, chat: chat(id), text },
});

describe('channel feature', () => {
  it('stores a post of an allowed channel under its telegram source, and says nothing in the channel', async () => {
    const seen: IngestReport[] = [];
    const { deps, bot, calls } = setup((report) => seen.push(report));
    await bot.handleUpdate(post(channelId, englishWire));
    expect(seen).toHaveLength(1);
    const dispatch = await deps.stores.dispatches.getDispatch(seen[0]!.dispatches[0]!.id);
    expect(dispatch).toMatchObject({ agency: 'KUNA', lang: 'en', source: `telegram:${channelId}/7`, sourceIndex: 0 });
    expect(calls).toEqual([]);
  });

  it('ignores posts of channels not in WIREBRIEF_CHANNELS', async () => {
    const { deps, bot } = setup();
    await bot.handleUpdate(post(-1009999, englishWire));
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
  });

  it('stores an edit as a new version: same story, old text kept, only the new one searchable', async () => {
    const seen: IngestReport[] = [];
    const { deps, bot } = setup((report) => seen.push(report));
    await bot.handleUpdate(post(channelId, englishWire));
    const edited = englishWire.replace('Xinhua news agency said', 'State media said');
    await bot.handleUpdate(edit(channelId, edited));

    expect(await deps.stores.dispatches.countDispatches()).toBe(2);
    const [first, second] = seen.map((report) => report.dispatches[0]!);
    expect(second!.storyId).toBe(first!.storyId);
    expect(await deps.stores.dispatches.listVersions(second!.id)).toEqual([first!.id, second!.id]);
    expect(await deps.stores.dispatches.listVersions(first!.id)).toEqual([first!.id, second!.id]);
    const old = await deps.stores.dispatches.getDispatch(first!.id);
    expect(old!.paragraphs[1]).toMatch(/^Xinhua news agency said/);
    const latest = await deps.stores.dispatches.getDispatch(second!.id);
    expect(latest).toMatchObject({ storyId: first!.storyId, source: `telegram:${channelId}/7` });

    expect(await searchDispatches(deps.stores.dispatches, 'Xinhua', 5)).toEqual([]);
    expect((await searchDispatches(deps.stores.dispatches, 'Putin BRICS', 5)).map((r) => r.id)).toEqual([second!.id]);

    // a second edit chains on, and an edit back to a stored text changes nothing
    await bot.handleUpdate(edit(channelId, edited.replace('video call', 'phone call')));
    const third = seen[2]!.dispatches[0]!;
    expect(await deps.stores.dispatches.listVersions(first!.id)).toEqual([first!.id, second!.id, third.id]);
    await bot.handleUpdate(edit(channelId, englishWire));
    expect(await deps.stores.dispatches.countDispatches()).toBe(3);
  });
});
