import type { DispatchLink, FeedStore } from '../feed-store.js';
import { type FeedRow, toFeed } from '../sqlite/sqlite-feed-store.js';
import { inTransaction, type PgPool } from './pg-pool.js';

/** The PostgreSQL backend of the feed store. */
export function createPgFeedStore(pool: PgPool): FeedStore {
  const changed = async (sql: string, params: unknown[]) => ((await pool.query(sql, params)).rowCount ?? 0) > 0;
  const getFeed = async (url: string) => {
    const { rows } = await pool.query<FeedRow>('SELECT * FROM feeds WHERE url = $1', [url]);
    return rows[0] ? toFeed(rows[0]) : null;
  };

  return {
    add: (url, origin, now) => changed('INSERT INTO feeds (url, origin, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [url, origin, now.toISOString()]),
    remove: (url) => changed('DELETE FROM feeds WHERE url = $1', [url]),
    get: getFeed,
    async list() {
      return (await pool.query<FeedRow>('SELECT * FROM feeds ORDER BY added_at, url')).rows.map(toFeed);
    },
    async recordPoll(url, outcome, now) {
      const at = now.toISOString();
      if (!outcome.ok) {
        await pool.query('UPDATE feeds SET failures = failures + 1, last_error = $1, next_attempt_at = $2, last_polled_at = $3 WHERE url = $4', [
          outcome.error,
          outcome.nextAttemptAt,
          at,
          url,
        ]);
      } else if ('notModified' in outcome) {
        await pool.query(
          'UPDATE feeds SET failures = 0, last_error = NULL, next_attempt_at = NULL, reported = 0, last_polled_at = $1 WHERE url = $2',
          [at, url],
        );
      } else {
        await pool.query(
          `UPDATE feeds SET title = coalesce($1, title), etag = $2, last_modified = $3, failures = 0, last_error = NULL,
             next_attempt_at = NULL, reported = 0, last_polled_at = $4 WHERE url = $5`,
          [outcome.title, outcome.etag, outcome.lastModified, at, url],
        );
      }
      return getFeed(url);
    },
    async markReported(url) {
      await pool.query('UPDATE feeds SET reported = 1 WHERE url = $1', [url]);
    },
    async saveLinks(links: DispatchLink[]) {
      await inTransaction(pool, async (client) => {
        for (const l of links) {
          await client.query(
            `INSERT INTO dispatch_links (dispatch_id, feed_url, link, guid) VALUES ($1, $2, $3, $4)
             ON CONFLICT (dispatch_id) DO UPDATE SET feed_url = excluded.feed_url, link = excluded.link, guid = excluded.guid`,
            [l.dispatchId, l.feedUrl, l.link, l.guid],
          );
        }
      });
    },
    async getLink(dispatchId) {
      const { rows } = await pool.query<DispatchLink>(
        'SELECT dispatch_id AS "dispatchId", feed_url AS "feedUrl", link, guid FROM dispatch_links WHERE dispatch_id = $1',
        [dispatchId],
      );
      return rows[0] ?? null;
    },
  };
}
