-- The agencies of the stored dispatches (list-agencies-sql.ts), read by one seek per agency: a
-- question does not count the agencies that file the store's copy among its topics.
CREATE INDEX dispatches_by_agency ON dispatches (agency);
