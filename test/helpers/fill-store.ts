import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import type { Stores } from '../../src/store/open-stores.js';
import { fixturesDir, seedPath } from './seed-path.js';

/**
 * A store with something in every table: the seed and the wire fixtures (one rejected part
 * quarantined), a correction linked as a version, subscribers with topics (one blocked), a feed
 * with a poll and a link, outbox rows in several states, a cached summary.
 */
export async function fillStore(stores: Stores, now: Date): Promise<{ ids: string[] }> {
  const ids: string[] = [];
  const sources = [seedPath, ...readdirSync(join(fixturesDir, 'wire')).filter((name) => name.endsWith('.txt')).sort().map((name) => join(fixturesDir, 'wire', name))];
  for (const path of sources) {
    const report = await ingestWireBytes(stores.dispatches, { source: path.slice(path.indexOf('test/')), bytes: readFileSync(path) }, now);
    ids.push(...report.dispatches.filter((d) => !d.duplicate).map((d) => d.id));
  }
  const fixed = await ingestWireBytes(
    stores.dispatches,
    { source: 'correction.txt', bytes: Buffer.from('Date : 04/02/2026\nKUWAIT, Feb 4 (KUNA) -- CORRECTED: Kuwait\'s flu campaign reached every governorate, the ministry said.\n(end)\nast.xb\n') },
    now,
  );
  await stores.dispatches.supersede(ids[1] as string, fixed.dispatches[0]!.id, 'correction', now);
  for (const [chatId, lang] of [[101, 'en'], [102, 'ar'], [-1003, 'en']] as const) {
    await stores.subscribers.ensure({ chatId, chatType: chatId < 0 ? 'supergroup' : 'private', lang, timeZone: 'Asia/Kuwait', digestTime: '07:00' }, now);
    await stores.subscribers.update(chatId, { digestEnabled: true, quietStart: '22:00', quietEnd: '06:00' }, now);
    await stores.subscribers.follow(chatId, 'OPEC', now);
  }
  await stores.subscribers.follow(102, 'أوبك', now);
  await stores.subscribers.update(-1003, { blocked: true }, now);
  await stores.feeds.add('https://example.test/feed.xml', 'cli', now);
  await stores.feeds.recordPoll('https://example.test/feed.xml', { ok: true, title: 'Example wire', etag: '"v1"', lastModified: null }, now);
  await stores.feeds.saveLinks([{ dispatchId: ids[0] as string, feedUrl: 'https://example.test/feed.xml', link: 'https://example.test/1', guid: 'g-1' }]);
  await stores.outbox.enqueue([{ key: 'alert:101:s-1', chatId: 101, kind: 'alert', text: '<b>OPEC</b> alert', notBefore: now.toISOString() }], now);
  await stores.outbox.enqueueBroadcast('b1', 'A note to every reader', now);
  const [claimed] = await stores.outbox.claimDue(now, 1, { owner: 'fill', until: new Date(now.getTime() + 60_000) });
  await stores.outbox.markSent(claimed!.id, now, 555, new Date(now.getTime() + 1000));
  const [held] = await stores.outbox.claimDue(now, 1, { owner: 'fill', until: new Date(now.getTime() + 60_000) });
  await stores.outbox.markPartSent(held!.id, 1, new Date(now.getTime() + 2000));
  await stores.summaries.set('story:s-1:en:abc', 'A summary.', now);
  return { ids };
}
