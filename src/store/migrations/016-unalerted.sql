-- Dispatches stored but not yet matched against followed topics. A row is written in the
-- transaction that stores its dispatch and deleted once its alerts are in the outbox, so an
-- ingest interrupted between the two leaves the work for the next run (or the bot's start).
CREATE TABLE unalerted (
  dispatch_id TEXT PRIMARY KEY
);
