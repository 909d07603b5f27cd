-- As SQLite migration 016: dispatches stored but not yet matched against followed topics, written
-- in the transaction that stores the dispatch and deleted once its alerts are in the outbox.
CREATE TABLE unalerted (
  seq bigserial PRIMARY KEY,
  dispatch_id text COLLATE "C" NOT NULL UNIQUE
);
