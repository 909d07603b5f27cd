-- Dispatches (paragraphs inline as JSON), the full-text index over their analysed text, and the quarantine.
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
  lead_terms TEXT NOT NULL,
  -- JSON arrays: the paragraphs' text, and each paragraph's analysed terms (null when not indexed)
  paragraphs TEXT NOT NULL,
  paragraph_terms TEXT NOT NULL
);
CREATE INDEX dispatches_by_date ON dispatches (date DESC, seq DESC);
CREATE INDEX dispatches_by_story ON dispatches (story_id);
CREATE INDEX dispatches_by_city_date ON dispatches (city_key, date);

-- One full-text row per dispatch (rowid = dispatches.seq): the analysed terms of its headline and
-- paragraphs, repeats left out. Passages are then scored within the best dispatches.
CREATE VIRTUAL TABLE dispatch_terms USING fts5 (
  terms,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE dispatch_term_counts USING fts5vocab (dispatch_terms, 'row');

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  source_index INTEGER,
  reason TEXT NOT NULL,
  bytes BLOB,
  byte_length INTEGER NOT NULL,
  received_at TEXT NOT NULL
);
