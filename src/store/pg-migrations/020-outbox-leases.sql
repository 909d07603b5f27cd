-- Outbox leases and each chat's next allowed time (as SQLite's migration 020).
ALTER TABLE outbox ADD COLUMN lease_owner text;
ALTER TABLE outbox ADD COLUMN lease_until text;
CREATE INDEX outbox_chat_queue ON outbox (chat_id, status, id);
CREATE TABLE outbox_chats (
  chat_id bigint PRIMARY KEY,
  next_at text NOT NULL
);
