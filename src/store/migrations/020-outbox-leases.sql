-- Outbox leases: a claimed row names its owner (one sender process) and until when it holds the row;
-- a row whose lease ran out goes back to the queue, whoever claimed it. Rows left 'sending' by a
-- version without leases have no lease_until and count as expired.
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
CREATE INDEX outbox_leased ON outbox (lease_owner) WHERE status = 'sending';
CREATE INDEX outbox_chat_queue ON outbox (chat_id, status, id);
-- outbox_chat_queue serves every lookup outbox_by_chat served; one index less to write per send
DROP INDEX outbox_by_chat;

-- Each chat's next allowed send time (the per-chat gap, a retry's wait), shared by every sender and
-- kept across restarts.
CREATE TABLE outbox_chats (
  chat_id INTEGER PRIMARY KEY,
  next_at TEXT NOT NULL
);
