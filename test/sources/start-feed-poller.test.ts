import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { createMetrics } from '../../src/metrics/create-metrics.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import type { Feed } from '../../src/store/feed-store.js';
import { type FeedPoller, startFeedPoller } from '../../src/sources/start-feed-poller.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
let server: FeedServer;
let running: Array<{ deps: Deps; poller: FeedPoller }> = [];
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => {
  for (const { deps, poller } of running.splice(0)) {
    poller.stop();
    deps.stores.close();
  }
});

describe('startFeedPoller', () => {
  it('polls WIREBRIEF_FEEDS and added feeds, hands new dispatches on, and reports a failing feed once', async () => {
    const { deps, clock } = makeDeps(tempDir(), { WIREBRIEF_FEEDS: `${server.url('/ar.rss')},${server.url('/page.html')}` });
    await deps.stores.feeds.add(server.url('/en.atom'), 'cli', clock.now());
    const ingested: IngestReport[] = [];
    const failing: Array<{ feed: Feed; reason: string }> = [];
    const metrics = createMetrics({ defaultMetrics: false });
    const poller = startFeedPoller({ ...deps, metrics }, {
      onIngested: (report) => ingested.push(report),
      onFeedFailing: (feed, reason) => failing.push({ feed, reason }),
      poll: { limits: { timeoutMs: 2_000, maxBytes: 1024 * 1024 }, backoff: { baseMs: 1_000, maxMs: 1_000 }, reportAfter: 2 },
    });
    running.push({ deps, poller });
    await poller.pollNow(); // the poll on start, then this one
    expect(ingested.map((r) => r.added).sort()).toEqual([1, 1]);
    expect(await deps.stores.dispatches.countDispatches()).toBe(2);
    expect((await deps.stores.feeds.list()).map((f) => [f.url, f.origin])).toEqual(
      expect.arrayContaining([[server.url('/ar.rss'), 'config'], [server.url('/en.atom'), 'cli']]),
    );
    expect(failing).toEqual([]); // second failure is still inside the backoff window: not fetched
    for (let i = 0; i < 3; i += 1) {
      clock.advance(2_000);
      await poller.pollNow();
    }
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({ reason: 'not an RSS or Atom feed: got an HTML page', feed: { url: server.url('/page.html') } });
    expect(ingested).toHaveLength(2); // 304s add nothing
    const polls = Object.fromEntries((await metrics.feedPolls.get()).values.map((v) => [v.labels.outcome, v.value]));
    expect(polls.failed).toBeGreaterThanOrEqual(2);
    expect(polls.ok).toBeGreaterThanOrEqual(4);
  });
});
