-- How many indexed dispatches hold each term, kept in the same transactions as the full-text index,
-- so search weighs a concept by its rarity without walking the term's whole posting list.
CREATE TABLE term_documents (
  term TEXT PRIMARY KEY,
  documents INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO term_documents (term, documents) SELECT term, doc FROM dispatch_term_counts;
