-- What each subscriber was told about each story they follow, so that later dispatches arrive as
-- an update naming what changed, at most one per story per hour (corrections at once).
CREATE TABLE alert_log (
  chat_id INTEGER NOT NULL,
  story_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  -- JSON array of dispatch ids the subscriber was told about (or that changed nothing material)
  told TEXT NOT NULL,
  -- JSON array of dispatch ids with material news waiting for the hour to pass
  held TEXT NOT NULL DEFAULT '[]',
  last_alert_at TEXT NOT NULL,
  PRIMARY KEY (chat_id, story_id)
);
CREATE INDEX alert_log_held ON alert_log (last_alert_at) WHERE held <> '[]';
