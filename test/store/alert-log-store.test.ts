import { expect, it } from 'vitest';
import { describeStores } from '../helpers/store-backends.js';

const now = new Date('2026-02-05T08:00:00Z');

describeStores('the subscriber’s day in the store', (backend) => {
  it('keeps what each subscriber was told about a story, and lists the held news whose hour is up, across a reopen', async () => {
    const location = backend.fresh();
    let stores = await location.open();
    expect(await stores.alerts.get(-1001234567890, 's-1')).toBeNull();
    await stores.alerts.save({ chatId: -1001234567890, storyId: 's-1', topic: 'BRICS', told: ['d1'], held: [], lastAlertAt: '2026-02-05T08:00:00.000Z' });
    await stores.alerts.save({ chatId: 7, storyId: 's-1', topic: 'بريكس', told: ['d1'], held: ['d2'], lastAlertAt: '2026-02-05T08:10:00.000Z' });
    await stores.close();
    stores = await location.open();
    expect(await stores.alerts.get(-1001234567890, 's-1')).toEqual({ chatId: -1001234567890, storyId: 's-1', topic: 'BRICS', told: ['d1'], held: [], lastAlertAt: '2026-02-05T08:00:00.000Z' });
    expect(await stores.alerts.listHeld('2026-02-05T08:09:59.000Z')).toEqual([]);
    expect((await stores.alerts.listHeld('2026-02-05T09:10:00.000Z')).map((e) => [e.chatId, e.held])).toEqual([[7, ['d2']]]);
    await stores.alerts.save({ chatId: 7, storyId: 's-1', topic: 'بريكس', told: ['d1', 'd2'], held: [], lastAlertAt: '2026-02-05T09:10:00.000Z' });
    expect(await stores.alerts.listHeld('2026-02-06T00:00:00.000Z')).toEqual([]);
  });

  it('stores the digest frequency, morning by default', async () => {
    const stores = await backend.fresh().open();
    expect((await stores.subscribers.ensure({ chatId: 5, chatType: 'private', lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, now)).digestFrequency).toBe('morning');
    expect((await stores.subscribers.update(5, { digestFrequency: 'both' }, now))?.digestFrequency).toBe('both');
    expect((await stores.subscribers.get(5))?.digestFrequency).toBe('both');
  });
});
