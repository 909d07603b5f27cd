import { expect, it } from 'vitest';
import { describeStores } from '../helpers/store-backends.js';
const now = new Date('2026-02-04T05:00:00Z');

describeStores('the subscriber store', (backend) => {
  it('creates a subscriber once, keeps settings and topics across a reopen', async () => {
    const location = backend.fresh();
    let stores = await location.open();
    const created = await stores.subscribers.ensure({ chatId: 42, chatType: 'private', lang: 'ar', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, now);
    expect(created).toMatchObject({ chatId: 42, lang: 'ar', digestEnabled: false, blocked: false, topics: [] });
    const again = await stores.subscribers.ensure({ chatId: 42, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '09:00' }, now);
    expect(again.lang).toBe('ar');
    await stores.subscribers.update(42, { digestEnabled: true, digestTime: '06:30', timeZone: 'Europe/London', quietStart: '22:00', quietEnd: '06:00' }, now);
    expect(await stores.subscribers.follow(42, 'BRICS', now)).toBe(true);
    expect(await stores.subscribers.follow(42, 'BRICS', now)).toBe(false);
    expect(await stores.subscribers.follow(42, 'أوبك', now)).toBe(true);
    await stores.close();

    stores = await location.open();
    const reopened = await stores.subscribers.get(42);
    expect(reopened).toMatchObject({ digestEnabled: true, digestTime: '06:30', timeZone: 'Europe/London', quietStart: '22:00', quietEnd: '06:00', topics: ['BRICS', 'أوبك'] });
    expect(await stores.subscribers.unfollow(42, 'BRICS')).toBe(true);
    expect(await stores.subscribers.unfollow(42, 'BRICS')).toBe(false);
    expect((await stores.subscribers.listFollowers()).map((s) => s.topics)).toEqual([['أوبك']]);
  });

  it('leaves blocked and paused chats out of digests and alerts, and moves a migrated group', async () => {
    const stores = await backend.fresh().open();
    for (const chatId of [1, 2, 3]) {
      await stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, now);
      await stores.subscribers.update(chatId, { digestEnabled: true }, now);
      await stores.subscribers.follow(chatId, 'OPEC', now);
    }
    await stores.subscribers.update(2, { blocked: true }, now);
    await stores.subscribers.update(3, { paused: true }, now);
    expect((await stores.subscribers.listDigestSubscribers()).map((s) => s.chatId)).toEqual([1]);
    expect((await stores.subscribers.listFollowers()).map((s) => s.chatId)).toEqual([1]);
    expect(await stores.subscribers.count()).toEqual({ total: 3, digest: 3, blocked: 1 });

    await stores.subscribers.migrateChat(1, -1001, now);
    expect(await stores.subscribers.get(1)).toBeNull();
    expect(await stores.subscribers.get(-1001)).toMatchObject({ chatType: 'supergroup', topics: ['OPEC'], digestEnabled: true });
  });
});
