import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { openStores } from '../../src/store/open-stores.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

const tempDir = useTempDir();
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe('wirebrief feeds', () => {
  it('adds, lists and removes feeds, keeping them across runs', async () => {
    const db = join(tempDir(), 'store.db');
    const env = { WIREBRIEF_FEEDS: 'https://config.example/feed.xml' };
    const added = await runCliCaptured(['feeds', 'add', 'https://kuna.example/rss', '--db', db, '--json'], { env });
    expect(added.json()).toEqual({ action: 'add', url: 'https://kuna.example/rss', changed: true });
    const again = await runCliCaptured(['feeds', 'add', 'https://kuna.example/rss', '--db', db]);
    expect(again.stdout).toBe('https://kuna.example/rss was already a feed\n');
    const listed = await runCliCaptured(['feeds', 'list', '--db', db, '--json'], { env });
    expect(listed.json<Array<{ url: string; origin: string }>>().map((f) => [f.url, f.origin])).toEqual([
      ['https://kuna.example/rss', 'cli'],
      ['https://config.example/feed.xml', 'config'],
    ]);
    const removed = await runCliCaptured(['feeds', 'remove', 'https://kuna.example/rss', '--db', db]);
    expect(removed.stdout).toBe('removed https://kuna.example/rss\n');
    expect((await runCliCaptured(['feeds', 'list', '--db', db])).stdout).toMatch(/^no feeds/);
  });

  it('rejects a bad URL or action with a one-line reason and exit 1', async () => {
    const db = join(tempDir(), 'store.db');
    const bad = await runCliCaptured(['feeds', 'add', 'not a url', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`wirebrief: "not a url" is not a URL; give the feed's full http(s) address\n`);
    expect((await runCliCaptured(['feeds', 'poll', '--db', db])).stderr).toMatch(/usage: wirebrief feeds add/);
  });
});

describe('wirebrief ingest <url>', () => {
  it('fetches a feed once and stores its items', async () => {
    const db = join(tempDir(), 'store.db');
    const run = await runCliCaptured(['ingest', server.url('/en.atom'), '--db', db, '--json']);
    expect(run.code).toBe(0);
    const report = run.json<IngestReport>();
    expect(report).toMatchObject({ added: 1, rejected: [] });
    const stores = openStores(db);
    const dispatch = await stores.dispatches.getDispatch(report.dispatches[0]!.id);
    expect(dispatch).toMatchObject({ lang: 'en', agency: 'KUNA', date: '2026-02-04', source: 'https://www.kuna.net.kw/en/1' });
    expect(await stores.feeds.getLink(dispatch!.id)).toMatchObject({ feedUrl: server.url('/en.atom'), guid: 'urn:kuna:en:1' });
    stores.close();
  });

  it('rejects an unreachable or failing URL with the reason and exit 2', async () => {
    const db = join(tempDir(), 'store.db');
    const run = await runCliCaptured(['ingest', server.url('/broken'), '--db', db, '--json']);
    expect(run.code).toBe(2);
    expect(run.json<IngestReport>().rejected).toEqual([{ source: server.url('/broken'), reason: 'HTTP 500 Internal Server Error' }]);
  });
});
