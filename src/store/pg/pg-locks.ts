/**
 * Advisory lock keys (any fixed 64-bit numbers, as strings for `pg`). Writes that change story
 * grouping or the term counts (storing a source, linking versions) take INGEST_LOCK for their
 * transaction: replicas ingesting at once then group stories as one process would.
 */
export const INGEST_LOCK = String(0x77697265_696e67n);
/** Held while migrating. */
export const MIGRATION_LOCK = String(0x77697265_6d6967n);
/** Held by each outbox claim, so claims from several replicas see each other's. */
export const OUTBOX_CLAIM_LOCK = String(0x77697265_6f7574n);
