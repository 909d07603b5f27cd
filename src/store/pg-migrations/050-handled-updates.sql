-- Telegram update ids a replica has taken to handle: the first INSERT wins, a second delivery of
-- the same update (to this replica or another) finds the row and is not handled again.
CREATE TABLE handled_updates (
  update_id bigint PRIMARY KEY,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handled_updates_recorded_at ON handled_updates (recorded_at);
