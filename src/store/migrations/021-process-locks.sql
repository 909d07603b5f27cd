-- A process that must be alone on this store (one `wirebrief bot` per SQLite file) holds a row here,
-- naming itself (pid, host) and beating a heartbeat; a holder that died is recognised as stale.
CREATE TABLE process_locks (
  name TEXT PRIMARY KEY,
  token TEXT NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  started_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
);
