-- How each dispatch was filed (language, day, story, flash, dateline), in listing order: a question
-- compares its best stories with every dispatch of the other language filed within a day of them
-- (add-unlinked-versions.ts) and reads only these columns, from this index alone, not the rows.
CREATE INDEX dispatches_filed ON dispatches (lang, date DESC, seq DESC, story_id, urgent, dateline_city, dateline_day, dateline_month, id);
