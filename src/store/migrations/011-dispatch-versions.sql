-- Version history: a dispatch that edits, updates or corrects an earlier one points at it.
-- A dispatch named as previous_id is superseded: kept (show works) but out of the search index.
CREATE TABLE dispatch_versions (
  dispatch_id TEXT PRIMARY KEY REFERENCES dispatches (id) ON DELETE CASCADE,
  previous_id TEXT NOT NULL UNIQUE REFERENCES dispatches (id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('edit', 'update', 'correction')),
  created_at TEXT NOT NULL
);
