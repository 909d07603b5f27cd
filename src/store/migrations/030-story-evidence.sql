-- Language-neutral evidence story grouping compares (issue 12): the numbers and the name skeletons
-- of the headline and lead, and the update/correction marker. Rows stored before keep empty lists.
ALTER TABLE dispatches ADD COLUMN number_keys TEXT NOT NULL DEFAULT '[]';
ALTER TABLE dispatches ADD COLUMN name_keys TEXT NOT NULL DEFAULT '[]';
ALTER TABLE dispatches ADD COLUMN story_marker TEXT;
