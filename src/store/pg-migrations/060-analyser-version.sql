-- The text analyser version the search index (dispatch_terms, term_documents, paragraph_terms and the
-- story features) was built with. A store written before this table existed was built by version 1;
-- opening it with a newer analyser rebuilds the index from the stored text (reindex-pg-store.ts).
CREATE TABLE index_meta (
  id integer PRIMARY KEY CHECK (id = 1),
  analyser_version integer NOT NULL
);
INSERT INTO index_meta (id, analyser_version) VALUES (1, 1);
