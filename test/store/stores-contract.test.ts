import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { prepareSource } from '../../src/ingest/prepare-source.js';
import { fixturesDir } from '../helpers/seed-path.js';
import { describeStores } from '../helpers/store-backends.js';

const now = new Date('2026-02-05T08:00:00Z');
const later = new Date('2026-02-05T09:00:00Z');

function wire(day: number, lead: string, city = 'KUWAIT'): Buffer {
  const dd = String(day).padStart(2, '0');
  return Buffer.from(`Date : ${dd}/02/2026\n${city}, Feb ${day} (KUNA) -- ${lead}\n(end)\nast.xb\n`);
}

describeStores('the dispatch store', (backend) => {
  it('reads dispatches back whole, lists newest first with filters, keeps quarantine with its reason', async () => {
    const stores = await backend.fresh().open();
    const a = await ingestWireBytes(stores.dispatches, { source: 'a.txt', bytes: wire(3, 'The cabinet met on Tuesday to discuss the budget.') }, now);
    const b = await ingestWireBytes(stores.dispatches, { source: 'b.txt', bytes: readFileSync(join(fixturesDir, 'wire', 'dispatch-then-garbage.txt')) }, now);
    const [idA, idB] = [a.dispatches[0]!.id, b.dispatches[0]!.id];
    const dispatch = await stores.dispatches.getDispatch(idA);
    expect(dispatch).toMatchObject({ id: idA, lang: 'en', date: '2026-02-03', agency: 'KUNA', dateline: { city: 'KUWAIT', day: 3, month: 2 }, endMarker: true, source: 'a.txt', sourceIndex: 0, ingestedAt: now.toISOString() });
    expect(dispatch!.raw).toContain('The cabinet met');
    expect((await stores.dispatches.getDispatches([idB, 'missing', idA])).map((d) => d.id)).toEqual([idB, idA]);
    expect((await stores.dispatches.listDispatches({ limit: 10 })).map((d) => d.id)).toEqual([idB, idA]);
    expect((await stores.dispatches.listDispatches({ limit: 10, until: '2026-02-03', since: '2026-02-03' })).map((d) => d.id)).toEqual([idA]);
    expect(await stores.dispatches.listDispatches({ limit: 10, lang: 'ar' })).toEqual([]);
    const storyA = (await stores.dispatches.getDispatch(idA))!.storyId;
    expect(storyA).not.toBe((await stores.dispatches.getDispatch(idB))!.storyId);
    expect((await stores.dispatches.listDispatches({ limit: 10, storyId: storyA })).map((d) => d.id)).toEqual([idA]);
    expect(await stores.dispatches.listDispatches({ limit: 10, storyId: 'no-such-story' })).toEqual([]);
    expect(await stores.dispatches.countDispatches()).toBe(2);
    const quarantine = await stores.dispatches.listQuarantine(10);
    expect(quarantine).toEqual([{ id: expect.any(Number), source: 'b.txt', sourceIndex: 1, reason: b.rejected[0]!.reason, byteLength: expect.any(Number), receivedAt: now.toISOString() }]);
    expect(quarantine[0]!.byteLength).toBeGreaterThan(10);
    expect(await stores.dispatches.getDispatch('missing')).toBeNull();
  });

  it('stores a source in one transaction: a failing dispatch leaves nothing of it', async () => {
    const stores = await backend.fresh().open();
    const prepared = prepareSource({ source: 'x.txt', bytes: wire(3, 'The cabinet met on Tuesday.') }, now);
    const broken = { ...prepared.dispatches[0]!, dispatch: { ...prepared.dispatches[0]!.dispatch, id: 'broken', lang: 'xx' as 'en' } };
    const quarantine = [{ source: 'x.txt', sourceIndex: 1, reason: 'test', bytes: new Uint8Array([1, 2]), byteLength: 2 }];
    await expect(stores.dispatches.saveSource({ source: 'x.txt', dispatches: [prepared.dispatches[0]!, broken], quarantine }, now)).rejects.toThrow();
    expect(await stores.dispatches.countDispatches()).toBe(0);
    expect(await stores.dispatches.listQuarantine(5)).toEqual([]);
  });

  it('links versions: the new one takes the story, the old one stays readable and leaves search', async () => {
    const stores = await backend.fresh().open();
    const first = await ingestWireBytes(stores.dispatches, { source: 'post:1', bytes: wire(3, 'Kuwait Airways added three weekly flights to Rome.') }, now);
    const second = await ingestWireBytes(stores.dispatches, { source: 'post:1', bytes: wire(3, 'Kuwait Airways added four weekly flights to Milan.') }, later);
    const [oldId, newId] = [first.dispatches[0]!.id, second.dispatches[0]!.id];
    expect(await stores.dispatches.findCurrentVersion('post:1', 0, newId)).toBe(oldId);
    const story = await stores.dispatches.supersede(oldId, newId, 'edit', later);
    expect(story).toBe(first.dispatches[0]!.storyId);
    expect(await stores.dispatches.supersede(oldId, newId, 'edit', later)).toBe(story);
    expect(await stores.dispatches.findCurrentVersion('post:1', 0, newId)).toBeNull();
    expect(await stores.dispatches.listVersions(oldId)).toEqual([oldId, newId]);
    expect(await stores.dispatches.listVersions(newId)).toEqual([oldId, newId]);
    expect((await stores.dispatches.getDispatch(newId))!.storyId).toBe(story);
    expect(await stores.dispatches.getDispatch(oldId)).not.toBeNull();
    const third = await ingestWireBytes(stores.dispatches, { source: 'c.txt', bytes: wire(3, 'Kuwait Airways added four weekly flights to Milan from March.') }, later);
    expect(await stores.dispatches.findStoryPredecessor(story, third.dispatches[0]!.id)).toBe(third.dispatches[0]!.storyId === story ? newId : null);
    const { expandQuery } = await import('../../src/text/expand-query.js');
    const hits = await stores.dispatches.searchPassages(expandQuery('Rome'), { limit: 5 });
    expect(hits).toEqual([]);
    await expect(stores.dispatches.supersede('nope', newId, 'edit', later)).rejects.toThrow(/nope is not stored/);
  });
});

describeStores('alerts waiting after storing', (backend) => {
  it('records each new dispatch in its storing transaction, in order, until its alerts are queued', async () => {
    const stores = await backend.fresh().open();
    const a = await ingestWireBytes(stores.dispatches, { source: 'a.txt', bytes: wire(3, 'The cabinet met on Tuesday to discuss the budget.') }, now);
    const b = await ingestWireBytes(stores.dispatches, { source: 'b.txt', bytes: wire(4, 'Oil prices rose on Wednesday.') }, now);
    await ingestWireBytes(stores.dispatches, { source: 'a.txt', bytes: wire(3, 'The cabinet met on Tuesday to discuss the budget.') }, now);
    const [idA, idB] = [a.dispatches[0]!.id, b.dispatches[0]!.id];
    expect(await stores.dispatches.listUnalerted(10)).toEqual([idA, idB]);
    expect(await stores.dispatches.listUnalerted(1)).toEqual([idA]);
    await stores.dispatches.markAlerted([idA]);
    expect(await stores.dispatches.listUnalerted(10)).toEqual([idB]);
    await stores.dispatches.markAlerted([idB, 'unknown']);
    expect(await stores.dispatches.listUnalerted(10)).toEqual([]);
  });
});

describeStores('the feed store', (backend) => {
  it('adds once, records polls, failures and reports, keeps links', async () => {
    const stores = await backend.fresh().open();
    const url = 'https://example.test/rss';
    expect(await stores.feeds.add(url, 'cli', now)).toBe(true);
    expect(await stores.feeds.add(url, 'config', now)).toBe(false);
    expect(await stores.feeds.recordPoll(url, { ok: true, title: 'Wire', etag: '"e1"', lastModified: 'Thu, 05 Feb 2026 08:00:00 GMT' }, now)).toMatchObject({
      title: 'Wire', etag: '"e1"', failures: 0, lastPolledAt: now.toISOString(), origin: 'cli', reported: false,
    });
    const failed = await stores.feeds.recordPoll(url, { ok: false, error: 'HTTP 500', nextAttemptAt: later.toISOString() }, later);
    expect(failed).toMatchObject({ failures: 1, lastError: 'HTTP 500', nextAttemptAt: later.toISOString(), title: 'Wire' });
    await stores.feeds.markReported(url);
    expect((await stores.feeds.get(url))!.reported).toBe(true);
    expect(await stores.feeds.recordPoll(url, { ok: true, notModified: true }, later)).toMatchObject({ failures: 0, lastError: null, reported: false, etag: '"e1"' });
    await stores.feeds.add('https://example.test/atom', 'config', later);
    expect((await stores.feeds.list()).map((f) => f.url)).toEqual([url, 'https://example.test/atom']);
    const stored = await ingestWireBytes(stores.dispatches, { source: url, bytes: wire(4, 'Oil prices rose on Wednesday.') }, now);
    const dispatchId = stored.dispatches[0]!.id;
    await stores.feeds.saveLinks([{ dispatchId, feedUrl: url, link: 'https://example.test/1', guid: 'g1' }]);
    await stores.feeds.saveLinks([{ dispatchId, feedUrl: url, link: 'https://example.test/2', guid: 'g2' }]);
    expect(await stores.feeds.getLink(dispatchId)).toEqual({ dispatchId, feedUrl: url, link: 'https://example.test/2', guid: 'g2' });
    expect(await stores.feeds.remove(url)).toBe(true);
    expect(await stores.feeds.remove(url)).toBe(false);
  });
});

describeStores('the outbox and the summary cache', (backend) => {
  it('enqueues once per key, claims due rows in order, records what Telegram accepted', async () => {
    const stores = await backend.fresh().open();
    for (const chatId of [7, 8, 9]) await stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    await stores.subscribers.update(9, { paused: true }, now);
    const due = { chatId: 7, kind: 'alert' as const, text: 'a', notBefore: now.toISOString() };
    expect(await stores.outbox.enqueue([{ ...due, key: 'k1' }, { ...due, key: 'k2', notBefore: later.toISOString() }, { ...due, key: 'k1' }], now)).toBe(2);
    expect(await stores.outbox.enqueueDigest({ key: 'digest:8:2026-02-05', chatId: 8, kind: 'digest', text: 'd', notBefore: now.toISOString() }, now, now)).toBe(true);
    expect((await stores.subscribers.get(8))!.lastDigestAt).toBe(now.toISOString());
    expect(await stores.outbox.enqueueBroadcast('b1', 'hello', now)).toBe(2);
    expect(await stores.outbox.enqueueBroadcast('b1', 'hello', now)).toBe(0);
    const lease = (owner: string) => ({ owner, until: new Date(later.getTime() + 60_000) });
    // one row per chat, its oldest due one; nothing for another owner while those are held
    const claimed = await stores.outbox.claimDue(now, 10, lease('A'));
    expect(claimed.map((r) => r.key)).toEqual(['k1', 'digest:8:2026-02-05']);
    expect(await stores.outbox.claimDue(now, 10, lease('B'))).toEqual([]);
    const [k1, digest] = claimed as [typeof claimed[0], typeof claimed[0]];
    await stores.outbox.markPartSent(k1.id, 1, later);
    await stores.outbox.markSent(k1.id, later, 4242, later);
    await stores.outbox.retryLater(digest.id, later, 'HTTP 500', true);
    // both chats wait until `later`; then the retried digest still goes before the broadcast behind it
    expect(await stores.outbox.claimDue(now, 10, lease('B'))).toEqual([]);
    const again = await stores.outbox.claimDue(later, 10, lease('B'));
    expect(again.map((r) => [r.key, r.leaseOwner])).toEqual([['k2', 'B'], ['digest:8:2026-02-05', 'B']]);
    await stores.outbox.markFailed((again[0] as typeof again[0]).id, 'HTTP 400');
    await stores.outbox.markChatBlocked(8, 'HTTP 403');
    expect(await stores.outbox.counts()).toEqual({ pending: 1, sending: 0, sent: 1, failed: 1, blocked: 2 });
    expect((await stores.outbox.list({ chatId: 7, kind: 'alert' })).map((r) => [r.key, r.status, r.partsSent, r.telegramMessageId, r.attempts])).toEqual([
      ['k1', 'sent', 1, 4242, 1],
      ['k2', 'failed', 0, null, 1],
    ]);
    expect((await stores.outbox.list({ chatId: 8 })).every((r) => r.status === 'blocked')).toBe(true);
    expect((await stores.outbox.claimDue(later, 10, lease('C'))).map((r) => r.key)).toEqual(['broadcast:b1:7']);
    expect(await stores.outbox.renewLeases('C', new Date(later.getTime() + 120_000))).toBe(1);
    expect(await stores.outbox.releaseLeases('C')).toBe(1);
    await stores.outbox.moveChat(7, -1007);
    expect((await stores.outbox.list({ chatId: -1007 })).map((r) => r.key)).toEqual(['broadcast:b1:7']);

    expect(await stores.summaries.get('s1:en')).toBeNull();
    await stores.summaries.set('s1:en', 'first', now);
    await stores.summaries.set('s1:en', 'second', later);
    expect(await stores.summaries.get('s1:en')).toBe('second');
  });
});
