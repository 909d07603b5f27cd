-- The subscriber's day on PostgreSQL, as SQLite migrations 040 and 041: what each subscriber was
-- told about each followed story (updates name what changed, at most one per story per hour), and
-- how often the digest comes.
CREATE TABLE alert_log (
  chat_id bigint NOT NULL,
  story_id text COLLATE "C" NOT NULL,
  topic text NOT NULL,
  told text NOT NULL,
  held text NOT NULL DEFAULT '[]',
  last_alert_at text COLLATE "C" NOT NULL,
  PRIMARY KEY (chat_id, story_id)
);
CREATE INDEX alert_log_held ON alert_log (last_alert_at) WHERE held <> '[]';

ALTER TABLE subscribers ADD COLUMN digest_frequency text NOT NULL DEFAULT 'morning' CHECK (digest_frequency IN ('morning', 'evening', 'both'));
