-- How often a subscriber's digest comes: in the morning (at digest_time, the default), in the
-- evening, or both.
ALTER TABLE subscribers ADD COLUMN digest_frequency TEXT NOT NULL DEFAULT 'morning' CHECK (digest_frequency IN ('morning', 'evening', 'both'));
