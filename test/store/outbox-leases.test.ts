import { beforeEach, expect, it } from 'vitest';
import type { Stores } from '../../src/store/open-stores.js';
import { describeStores, type StoreLocation } from '../helpers/store-backends.js';

const t0 = new Date('2026-02-05T04:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const lease = (owner: string, ms: number) => ({ owner, until: at(ms) });

const message = (key: string, chatId: number, notBefore = t0) => ({ key, chatId, kind: 'alert' as const, text: key, notBefore: notBefore.toISOString() });

describeStores('the outbox leases (the OutboxStore contract)', (backend) => {
  let stores: Stores;
  let location: StoreLocation;
  beforeEach(async () => {
    location = backend.fresh();
    stores = await location.open();
  });

  it('claims one row per chat, its oldest due one, and none while another row of the chat is held', async () => {
    await stores.outbox.enqueue([message('a1', 1), message('a2', 1), message('b1', 2), message('c1', 3, at(5000))], t0);
    const first = await stores.outbox.claimDue(t0, 10, lease('A', 60_000));
    expect(first.map((r) => r.key)).toEqual(['a1', 'b1']);
    expect(first[0]).toMatchObject({ status: 'sending', leaseOwner: 'A', leaseUntil: at(60_000).toISOString() });
    expect(await stores.outbox.claimDue(t0, 10, lease('B', 60_000))).toEqual([]); // a2 waits for a1
  });

  it('never hands a held row to another owner; an expired lease returns the row to the queue', async () => {
    await stores.outbox.enqueue([message('a1', 1)], t0);
    expect(await stores.outbox.claimDue(t0, 10, lease('A', 2000))).toHaveLength(1);
    const other = await location.open(); // a second process on the same store
    try {
      expect(await other.outbox.claimDue(at(1999), 10, lease('B', 60_000))).toEqual([]);
      expect(await stores.outbox.renewLeases('A', at(4000))).toBe(1);
      expect(await other.outbox.claimDue(at(3000), 10, lease('B', 60_000))).toEqual([]);
      const taken = await other.outbox.claimDue(at(4000), 10, lease('B', 60_000));
      expect(taken.map((r) => [r.key, r.leaseOwner])).toEqual([['a1', 'B']]);
      expect(await stores.outbox.renewLeases('A', at(9000))).toBe(0); // A lost it
    } finally {
      await other.close();
    }
  });

  it('hands back only its own rows on release', async () => {
    await stores.outbox.enqueue([message('a1', 1), message('b1', 2)], t0);
    await stores.outbox.claimDue(t0, 1, lease('A', 60_000));
    await stores.outbox.claimDue(t0, 1, lease('B', 60_000));
    expect(await stores.outbox.releaseLeases('A')).toBe(1);
    expect((await stores.outbox.list({})).map((r) => [r.key, r.status, r.leaseOwner])).toEqual([
      ['a1', 'pending', null],
      ['b1', 'sending', 'B'],
    ]);
  });

  it('keeps each chat’s next allowed time across processes, and a retry holds back the rows behind it', async () => {
    await stores.outbox.enqueue([message('a1', 1), message('a2', 1), message('b1', 2), message('b2', 2)], t0);
    const [a1, b1] = await stores.outbox.claimDue(t0, 10, lease('A', 60_000));
    await stores.outbox.markSent((a1 as { id: number }).id, t0, 11, at(1000));
    await stores.outbox.retryLater((b1 as { id: number }).id, at(5000), '500: Internal Server Error', true);
    const other = await location.open();
    try {
      expect(await other.outbox.claimDue(at(999), 10, lease('B', 60_000))).toEqual([]);
      expect((await other.outbox.claimDue(at(1000), 10, lease('B', 60_000))).map((r) => r.key)).toEqual(['a2']);
      expect((await other.outbox.claimDue(at(5000), 10, lease('B', 60_000))).map((r) => r.key)).toEqual(['b1']); // not b2
    } finally {
      await other.close();
    }
  });

  it('moves a migrated chat’s rows and its next allowed time together', async () => {
    await stores.outbox.enqueue([message('g1', -5), message('g2', -5)], t0);
    const [g1] = await stores.outbox.claimDue(t0, 10, lease('A', 60_000));
    await stores.outbox.markSent((g1 as { id: number }).id, t0, 1, at(3000));
    await stores.outbox.moveChat(-5, -1005);
    expect(await stores.outbox.claimDue(at(2999), 10, lease('A', 60_000))).toEqual([]);
    expect((await stores.outbox.claimDue(at(3000), 10, lease('A', 60_000))).map((r) => [r.key, r.chatId])).toEqual([['g2', -1005]]);
  });
});
