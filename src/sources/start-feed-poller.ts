import cron, { type ScheduledTask } from 'node-cron';
import type { Deps } from '../deps.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import type { Feed } from '../store/feed-store.js';
import { DEFAULT_POLL_OPTIONS, type PollOptions, pollFeed } from './poll-feed.js';

export interface FeedPollerOptions {
  /** called with each poll's report when it added dispatches (the alerts hook) */
  onIngested?: (report: IngestReport) => unknown;
  /** called once per run of failures, when a feed has failed `reportAfter` times in a row */
  onFeedFailing?: (feed: Feed, reason: string) => unknown;
  /** minutes between polls of one feed (each feed gets its own cron task, staggered by URL) */
  everyMinutes?: number;
  poll?: PollOptions;
}

export interface FeedPoller {
  /** Polls every feed now (also done once on start); resolves when all are done. */
  pollNow(): Promise<void>;
  stop(): void;
}

/**
 * Keeps WIREBRIEF_FEEDS and `wirebrief feeds add` feeds polled: one node-cron task per feed,
 * re-synced every minute with the feeds table (another process may add or remove one).
 * Every poll is wrapped and logged; a failing poll never stops the others.
 */
export function startFeedPoller(deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'logger'>, options: FeedPollerOptions = {}): FeedPoller {
  const { stores, clock, logger } = deps;
  const every = options.everyMinutes ?? 5;
  const tasks = new Map<string, ScheduledTask>();
  const running = new Map<string, Promise<void>>();
  let stopped = false;

  const pollOne = (url: string): Promise<void> => {
    const current = running.get(url);
    if (current) return current;
    const run = (async () => {
      const feed = await stores.feeds.get(url);
      if (!feed || stopped) return;
      const agency = deps.config.WIREBRIEF_FEED_AGENCY;
      const result = await pollFeed(stores, feed, clock.now(), { ...(options.poll ?? DEFAULT_POLL_OPTIONS), ...(agency ? { agency } : {}) });
      if (result.status === 'ingested') {
        logger.info({ feed: url, added: result.report.added, rejected: result.report.rejected.length }, 'feed polled');
        if (result.report.added > 0) await options.onIngested?.(result.report);
      } else if (result.status === 'failed') {
        logger.warn({ feed: url, failures: result.feed.failures, reason: result.reason }, 'feed poll failed');
        if (result.report) await options.onFeedFailing?.(result.feed, result.reason);
      }
    })()
      .catch((error: unknown) => logger.error({ feed: url, err: error }, 'feed poll crashed'))
      .finally(() => running.delete(url));
    running.set(url, run);
    return run;
  };

  const sync = async (): Promise<string[]> => {
    const now = clock.now();
    for (const url of deps.config.WIREBRIEF_FEEDS) await stores.feeds.add(url, 'config', now);
    const urls = (await stores.feeds.list()).map((feed) => feed.url);
    for (const [url, task] of tasks) {
      if (!urls.includes(url)) {
        void task.destroy();
        tasks.delete(url);
      }
    }
    for (const url of urls) {
      if (tasks.has(url) || stopped) continue;
      const minute = staggerMinute(url, every);
      tasks.set(url, cron.schedule(`${minute}-59/${every} * * * *`, () => pollOne(url), { name: `feed ${url}`, noOverlap: true }));
    }
    return urls;
  };

  const pollNow = async () => {
    const urls = await sync();
    await Promise.all(urls.map(pollOne));
  };

  const syncTask = cron.schedule('* * * * *', () => sync().catch((error: unknown) => logger.error({ err: error }, 'feed sync failed')), {
    name: 'feed sync',
    noOverlap: true,
  });
  const first = pollNow().catch((error: unknown) => logger.error({ err: error }, 'first feed poll failed'));

  return {
    pollNow: async () => {
      await first;
      await pollNow();
    },
    stop() {
      stopped = true;
      void syncTask.destroy();
      for (const task of tasks.values()) void task.destroy();
      tasks.clear();
    },
  };
}

/** A stable minute offset per URL, so feeds are not all fetched in the same second. */
function staggerMinute(url: string, every: number): number {
  let hash = 0;
  for (const char of url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % Math.min(every, 60);
}
