-- Language-neutral evidence story grouping compares (issue 12), as SQLite's migration 030.
ALTER TABLE dispatches ADD COLUMN number_keys text NOT NULL DEFAULT '[]';
ALTER TABLE dispatches ADD COLUMN name_keys text NOT NULL DEFAULT '[]';
ALTER TABLE dispatches ADD COLUMN story_marker text;
