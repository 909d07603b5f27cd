-- A search filtered by date (an answer's story follow-ups: one language, a week) reads the index rows
-- of its dates, here, and tests their terms: without it the only ways in were the full-text index (every
-- match of its words in the store) or the seqs newest first (every dispatch filed since), each dated
-- match found after walking them. The language is in the index, to be tested before the row is read.
-- SQLite bounds the same search by the seqs of its dates instead (search-sqlite-passages.ts).
CREATE INDEX dispatch_terms_by_date ON dispatch_terms (date, lang);
