-- Story summaries, one per story, language and set of dispatches: a digest run for many
-- subscribers asks the LLM once per story and language.
CREATE TABLE story_summaries (
  cache_key TEXT PRIMARY KEY,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL
);
