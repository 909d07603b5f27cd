import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { type PollOptions, pollFeed } from '../../src/sources/poll-feed.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
let server: FeedServer;
let open: Deps[] = [];
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => {
  for (const deps of open.splice(0)) deps.stores.close();
});

const options: PollOptions = {
  limits: { timeoutMs: 2_000, maxBytes: 1024 * 1024 },
  backoff: { baseMs: 60_000, maxMs: 3_600_000 },
  reportAfter: 3,
};

async function setup(path: string) {
  const made = makeDeps(tempDir());
  open.push(made.deps);
  await made.deps.stores.feeds.add(server.url(path), 'cli', made.clock.now());
  const poll = async () => {
    const feed = (await made.deps.stores.feeds.get(server.url(path)))!;
    return pollFeed(made.deps.stores, feed, made.clock.now(), options);
  };
  return { ...made, poll };
}

describe('pollFeed', () => {
  it('stores an Arabic wire from RSS content:encoded, keeps link and guid, then asks with If-None-Match', async () => {
    const { deps, poll } = await setup('/ar.rss');
    const before = server.count('/ar.rss');
    const first = await poll();
    expect(first.status).toBe('ingested');
    const report = first.status === 'ingested' ? first.report : null;
    expect(report).toMatchObject({ added: 1, duplicates: 0, rejected: [] });
    const id = report!.dispatches[0]!.id;
    const dispatch = await deps.stores.dispatches.getDispatch(id);
    expect(dispatch).toMatchObject({ agency: 'KUNA', lang: 'ar', date: '2026-02-05', endMarker: true, source: 'https://www.kuna.net.kw/ArticleDetails.aspx?id=1' });
    expect(dispatch!.paragraphs[0]).toMatch(/^ارتفع سعر برميل النفط الكويتي 74 سنتا/);
    expect(await deps.stores.feeds.getLink(id)).toEqual({
      dispatchId: id,
      feedUrl: server.url('/ar.rss'),
      link: 'https://www.kuna.net.kw/ArticleDetails.aspx?id=1',
      guid: 'kuna-ar-1',
    });

    expect(await poll()).toEqual({ status: 'not-modified' });
    expect(server.count('/ar.rss')).toBe(before + 2);
    expect(server.requests.filter((r) => r.path === '/ar.rss').at(-1)!.headers['if-none-match']).toBe('"ar-v1"');
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  });

  it('stores an English wire from Atom and sends If-Modified-Since next time', async () => {
    const { deps, poll } = await setup('/en.atom');
    const first = await poll();
    expect(first.status === 'ingested' && first.report.added).toBe(1);
    const [entry] = first.status === 'ingested' ? first.report.dispatches : [];
    const dispatch = await deps.stores.dispatches.getDispatch(entry!.id);
    expect(dispatch).toMatchObject({ agency: 'KUNA', lang: 'en', date: '2026-02-04', dateline: { city: 'BEIJING', day: 4, month: 2 } });
    expect(dispatch!.headline).toBe('Xi, Putin vow closer coordination in video call');
    expect(await deps.stores.feeds.getLink(entry!.id)).toMatchObject({ link: 'https://www.kuna.net.kw/en/1', guid: 'urn:kuna:en:1' });
    expect(await poll()).toEqual({ status: 'not-modified' });
    const last = server.requests.filter((r) => r.path === '/en.atom').at(-1)!;
    expect(last.headers['if-modified-since']).toBe('Thu, 05 Feb 2026 06:00:00 GMT');
  });

  it('turns an item that is not a wire into a generic dispatch', async () => {
    const { deps, poll } = await setup('/generic.rss');
    const result = await poll();
    expect(result.status === 'ingested' && result.report.added).toBe(1);
    const [entry] = result.status === 'ingested' ? result.report.dispatches : [];
    const dispatch = await deps.stores.dispatches.getDispatch(entry!.id);
    expect(dispatch).toMatchObject({
      headline: 'Port of Shuwaikh reopens after maintenance',
      paragraphs: ['The Port of Shuwaikh reopened on Wednesday.', 'Officials said traffic would resume fully by Friday.'],
      date: '2026-02-04',
      lang: 'en',
      agency: '127.0.0.1', // the feed's title is not one word: its host names the agency
      source: 'https://news.example/port',
    });
    expect(await deps.stores.feeds.getLink(entry!.id)).toMatchObject({ guid: 'port-1' });
  });

  it('rejects an HTML page with the reason, backs off, and reports the feed once after repeated failures', async () => {
    const { deps, clock, poll } = await setup('/page.html');
    const first = await poll();
    expect(first).toMatchObject({ status: 'failed', reason: 'not an RSS or Atom feed: got an HTML page', report: false });
    const fetched = server.count('/page.html');
    expect(await poll()).toEqual({ status: 'backing-off', until: '2026-02-05T08:01:00.000Z' });
    expect(server.count('/page.html')).toBe(fetched); // not fetched again while backing off

    clock.advance(60_000);
    expect(await poll()).toMatchObject({ status: 'failed', report: false, feed: { failures: 2, nextAttemptAt: '2026-02-05T08:03:00.000Z' } });
    clock.advance(120_000);
    expect(await poll()).toMatchObject({ status: 'failed', report: true, feed: { failures: 3 } });
    clock.advance(240_000);
    expect(await poll()).toMatchObject({ status: 'failed', report: false, feed: { failures: 4 } });
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
  });

  it('counts a timeout and a 50 MB feed as failures with a clear reason', async () => {
    const slow = await setup('/slow');
    const timedOut = await pollFeed(slow.deps.stores, (await slow.deps.stores.feeds.get(server.url('/slow')))!, slow.clock.now(), {
      ...options,
      limits: { ...options.limits, timeoutMs: 150 },
    });
    expect(timedOut).toMatchObject({ status: 'failed', reason: 'no complete answer within 150 ms (timed out)' });
    const huge = await setup('/huge');
    expect(await huge.poll()).toMatchObject({ status: 'failed', reason: 'body is over the 1,048,576-byte limit; stopped reading there' });
    expect((await huge.deps.stores.feeds.get(server.url('/huge')))!.lastError).toMatch(/byte limit/);
  });
});
