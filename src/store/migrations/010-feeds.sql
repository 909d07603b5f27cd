-- RSS/Atom feeds polled for dispatches, with what a conditional GET and backoff need,
-- and the link and guid of each dispatch that came from a feed item.
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  title TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('config', 'cli')),
  etag TEXT,
  last_modified TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TEXT,
  reported INTEGER NOT NULL DEFAULT 0,
  last_polled_at TEXT,
  added_at TEXT NOT NULL
);

CREATE TABLE dispatch_links (
  dispatch_id TEXT PRIMARY KEY REFERENCES dispatches (id) ON DELETE CASCADE,
  feed_url TEXT,
  link TEXT,
  guid TEXT
);
CREATE INDEX dispatch_links_by_guid ON dispatch_links (feed_url, guid);
