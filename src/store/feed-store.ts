/** A polled RSS/Atom feed with what conditional GET and backoff remember between polls. */
export interface Feed {
  url: string;
  /** the feed's own title, once fetched; the agency of its generic dispatches */
  title: string | null;
  /** `config` for WIREBRIEF_FEEDS, `cli` for `wirebrief feeds add` */
  origin: 'config' | 'cli';
  etag: string | null;
  lastModified: string | null;
  /** consecutive failed polls; 0 after a success */
  failures: number;
  lastError: string | null;
  /** ISO time before which a failing feed is not polled again (backoff) */
  nextAttemptAt: string | null;
  /** whether the current run of failures was reported to the admins */
  reported: boolean;
  lastPolledAt: string | null;
  addedAt: string;
}

/** What a poll changes on a feed. */
export type FeedPollOutcome =
  | { ok: true; title: string | null; etag: string | null; lastModified: string | null }
  | { ok: true; notModified: true }
  | { ok: false; error: string; nextAttemptAt: string };

/** Where a dispatch from a feed item came from, kept beside the dispatch. */
export interface DispatchLink {
  dispatchId: string;
  feedUrl: string | null;
  link: string | null;
  guid: string | null;
}

export interface FeedStore {
  /** Adds the feed; returns false when it was already there. */
  add(url: string, origin: Feed['origin'], now: Date): Promise<boolean>;
  /** Returns false when there was no such feed. */
  remove(url: string): Promise<boolean>;
  get(url: string): Promise<Feed | null>;
  list(): Promise<Feed[]>;
  /** Records a poll; returns the feed as it now is. */
  recordPoll(url: string, outcome: FeedPollOutcome, now: Date): Promise<Feed | null>;
  /** Marks the current run of failures as reported, so it is not reported again. */
  markReported(url: string): Promise<void>;
  saveLinks(links: DispatchLink[]): Promise<void>;
  getLink(dispatchId: string): Promise<DispatchLink | null>;
}
