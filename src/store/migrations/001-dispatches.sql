-- Dispatches, their paragraphs, the full-text index over analysed paragraph text, and the quarantine.
CREATE TABLE dispatches (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  agency TEXT NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('ar', 'en')),
  date TEXT NOT NULL,
  dateline_city TEXT,
  dateline_day INTEGER,
  dateline_month INTEGER,
  headline TEXT NOT NULL,
  headline_derived INTEGER NOT NULL,
  urgent INTEGER NOT NULL,
  end_marker INTEGER NOT NULL,
  editors TEXT,
  repeats TEXT NOT NULL,
  raw TEXT NOT NULL,
  source TEXT NOT NULL,
  source_index INTEGER NOT NULL,
  story_id TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  city_key TEXT,
  entity_keys TEXT NOT NULL,
  lead_terms TEXT NOT NULL
);
CREATE INDEX dispatches_by_date ON dispatches (date DESC, seq DESC);
CREATE INDEX dispatches_by_story ON dispatches (story_id);
CREATE INDEX dispatches_by_city_date ON dispatches (city_key, date);

CREATE TABLE paragraphs (
  rowid INTEGER PRIMARY KEY,
  dispatch_seq INTEGER NOT NULL REFERENCES dispatches (seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  repeat_of INTEGER,
  UNIQUE (dispatch_seq, position)
);

CREATE VIRTUAL TABLE paragraph_terms USING fts5 (
  terms,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  source_index INTEGER,
  reason TEXT NOT NULL,
  bytes BLOB,
  byte_length INTEGER NOT NULL,
  received_at TEXT NOT NULL
);
