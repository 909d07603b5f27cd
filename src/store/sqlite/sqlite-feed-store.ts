import type { DispatchLink, Feed, FeedStore } from '../feed-store.js';
import type { SqliteDatabase } from '../open-database.js';

export interface FeedRow {
  url: string;
  title: string | null;
  origin: Feed['origin'];
  etag: string | null;
  last_modified: string | null;
  failures: number;
  last_error: string | null;
  next_attempt_at: string | null;
  reported: number;
  last_polled_at: string | null;
  added_at: string;
}

export function toFeed(row: FeedRow): Feed {
  return {
    url: row.url,
    title: row.title,
    origin: row.origin,
    etag: row.etag,
    lastModified: row.last_modified,
    failures: row.failures,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    reported: row.reported === 1,
    lastPolledAt: row.last_polled_at,
    addedAt: row.added_at,
  };
}

/** The SQLite backend of the feed store. */
export function createSqliteFeedStore(db: SqliteDatabase): FeedStore {
  const statements = {
    add: db.prepare<[string, string, string]>('INSERT OR IGNORE INTO feeds (url, origin, added_at) VALUES (?, ?, ?)'),
    remove: db.prepare<[string]>('DELETE FROM feeds WHERE url = ?'),
    get: db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?'),
    list: db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY added_at, url'),
    fetched: db.prepare<[string | null, string | null, string | null, string, string]>(
      `UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, failures = 0, last_error = NULL,
         next_attempt_at = NULL, reported = 0, last_polled_at = ? WHERE url = ?`,
    ),
    notModified: db.prepare<[string, string]>(
      `UPDATE feeds SET failures = 0, last_error = NULL, next_attempt_at = NULL, reported = 0, last_polled_at = ?
       WHERE url = ?`,
    ),
    failed: db.prepare<[string, string, string, string]>(
      `UPDATE feeds SET failures = failures + 1, last_error = ?, next_attempt_at = ?, last_polled_at = ? WHERE url = ?`,
    ),
    markReported: db.prepare<[string]>('UPDATE feeds SET reported = 1 WHERE url = ?'),
    saveLink: db.prepare<[string, string | null, string | null, string | null]>(
      'INSERT OR REPLACE INTO dispatch_links (dispatch_id, feed_url, link, guid) VALUES (?, ?, ?, ?)',
    ),
    getLink: db.prepare<[string], DispatchLink>(
      'SELECT dispatch_id AS dispatchId, feed_url AS feedUrl, link, guid FROM dispatch_links WHERE dispatch_id = ?',
    ),
  };
  const saveLinks = db.transaction((links: DispatchLink[]) => {
    for (const l of links) statements.saveLink.run(l.dispatchId, l.feedUrl, l.link, l.guid);
  });
  const getFeed = (url: string) => {
    const row = statements.get.get(url);
    return row ? toFeed(row) : null;
  };

  return {
    async add(url, origin, now) {
      return statements.add.run(url, origin, now.toISOString()).changes > 0;
    },
    async remove(url) {
      return statements.remove.run(url).changes > 0;
    },
    async get(url) {
      return getFeed(url);
    },
    async list() {
      return statements.list.all().map(toFeed);
    },
    async recordPoll(url, outcome, now) {
      const at = now.toISOString();
      if (!outcome.ok) statements.failed.run(outcome.error, outcome.nextAttemptAt, at, url);
      else if ('notModified' in outcome) statements.notModified.run(at, url);
      else statements.fetched.run(outcome.title, outcome.etag, outcome.lastModified, at, url);
      return getFeed(url);
    },
    async markReported(url) {
      statements.markReported.run(url);
    },
    async saveLinks(links) {
      saveLinks(links);
    },
    async getLink(dispatchId) {
      return statements.getLink.get(dispatchId) ?? null;
    },
  };
}
