import { type IngestReport } from '../ingest/ingest-report.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import type { Feed, FeedStore } from '../store/feed-store.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchLimited } from './fetch-limited.js';
import { ingestFeedDocument } from './ingest-feed-document.js';
import { readFeed } from './read-feed.js';

export interface PollOptions {
  limits: FetchLimits;
  /** first wait after a failure; doubled for each further failure, up to maxMs */
  backoff: { baseMs: number; maxMs: number };
  /** consecutive failures after which a feed is reported to the admins (once) */
  reportAfter: number;
  /** the agency of wire copy that names none (WIREBRIEF_FEED_AGENCY) */
  agency?: string;
}

export const DEFAULT_POLL_OPTIONS: PollOptions = {
  limits: DEFAULT_FETCH_LIMITS,
  backoff: { baseMs: 60_000, maxMs: 6 * 60 * 60_000 },
  reportAfter: 3,
};

export type PollResult =
  | { status: 'backing-off'; until: string }
  | { status: 'not-modified' }
  | { status: 'ingested'; report: IngestReport }
  /** `report`: this failure is the one to tell the admins about (once per run of failures) */
  | { status: 'failed'; reason: string; feed: Feed; report: boolean };

/**
 * Polls one feed once: skips it while it is backing off, sends its ETag and Last-Modified,
 * stores its items, and records the outcome (a failure pushes the next attempt out exponentially).
 */
export async function pollFeed(
  stores: { dispatches: DispatchStore; feeds: FeedStore },
  feed: Feed,
  now: Date,
  options: PollOptions = DEFAULT_POLL_OPTIONS,
): Promise<PollResult> {
  if (feed.nextAttemptAt !== null && now.getTime() < Date.parse(feed.nextAttemptAt)) {
    return { status: 'backing-off', until: feed.nextAttemptAt };
  }
  const fetched = await fetchLimited(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, options.limits);
  if (fetched.status === 'not-modified') {
    await stores.feeds.recordPoll(feed.url, { ok: true, notModified: true }, now);
    return { status: 'not-modified' };
  }
  if (fetched.status === 'failed') return fail(stores.feeds, feed, fetched.reason, now, options);
  const read = await readFeed(new TextDecoder('utf-8').decode(fetched.bytes));
  if (!read.ok) return fail(stores.feeds, feed, read.reason, now, options);
  const report = await ingestFeedDocument(stores, feed.url, read.feed, now, options.agency);
  await stores.feeds.recordPoll(
    feed.url,
    { ok: true, title: read.feed.title, etag: fetched.etag, lastModified: fetched.lastModified },
    now,
  );
  return { status: 'ingested', report };
}

async function fail(feeds: FeedStore, feed: Feed, reason: string, now: Date, options: PollOptions): Promise<PollResult> {
  const waitMs = Math.min(options.backoff.baseMs * 2 ** feed.failures, options.backoff.maxMs);
  const nextAttemptAt = new Date(now.getTime() + waitMs).toISOString();
  const updated = (await feeds.recordPoll(feed.url, { ok: false, error: reason, nextAttemptAt }, now)) ?? feed;
  const report = updated.failures >= options.reportAfter && !updated.reported;
  if (report) await feeds.markReported(feed.url);
  return { status: 'failed', reason, feed: updated, report };
}
