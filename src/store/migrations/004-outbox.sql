-- Every message to a subscriber, written in the transaction that decides it. The unique key
-- (digest:<chat>:<local date>, alert:<chat>:<story>, broadcast:<id>:<chat>) makes a decision idempotent.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  chat_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('digest', 'alert', 'broadcast')),
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'blocked')),
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before TEXT NOT NULL,
  last_error TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, not_before, id);
CREATE INDEX outbox_by_chat ON outbox (chat_id, status);
