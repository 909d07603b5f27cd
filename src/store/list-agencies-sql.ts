/**
 * The agencies of the stored dispatches (`KUNA`, `WAM`), each once, in the same SQL for SQLite and
 * PostgreSQL: a loose scan of `dispatches_by_agency`, one index seek per agency, so asking costs the
 * same on a store of a million dispatches as on one of ten.
 */
export const LIST_AGENCIES_SQL = `WITH RECURSIVE agencies (agency) AS (
  SELECT min(agency) FROM dispatches
  UNION ALL
  SELECT (SELECT min(d.agency) FROM dispatches d WHERE d.agency > agencies.agency) FROM agencies WHERE agencies.agency IS NOT NULL
)
SELECT agency FROM agencies WHERE agency IS NOT NULL`;
