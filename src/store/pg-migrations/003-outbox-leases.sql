-- Outbox leases and per-chat gates (SQLite's migration 020): a claimed row names its owner and until
-- when it holds the row; each chat's next allowed send time is shared by every replica's sender.
ALTER TABLE outbox ADD COLUMN lease_owner text;
ALTER TABLE outbox ADD COLUMN lease_until text COLLATE "C";
CREATE INDEX outbox_leased ON outbox (lease_owner) WHERE status = 'sending';
CREATE INDEX outbox_chat_queue ON outbox (chat_id, status, id);

CREATE TABLE outbox_chats (
  chat_id bigint PRIMARY KEY,
  next_at text COLLATE "C" NOT NULL
);
