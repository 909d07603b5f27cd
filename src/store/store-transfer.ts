/** A row of a table as both backends hold it (same table and column names). */
export type TransferRow = Record<string, unknown>;

/**
 * The tables a store moves between backends, in an order that keeps references valid, each with
 * the key it is read in. The search index and term counts are not moved: they are rebuilt from
 * the dispatches on import.
 */
export const TRANSFER_TABLES = [
  { table: 'dispatches', key: 'seq' },
  { table: 'dispatch_versions', key: 'dispatch_id' },
  { table: 'dispatch_links', key: 'dispatch_id' },
  { table: 'quarantine', key: 'id' },
  { table: 'subscribers', key: 'chat_id' },
  { table: 'followed_topics', key: 'chat_id, topic' },
  { table: 'feeds', key: 'url' },
  { table: 'outbox', key: 'id' },
  { table: 'outbox_chats', key: 'chat_id' },
  { table: 'story_summaries', key: 'cache_key' },
  { table: 'alert_log', key: 'chat_id, story_id' },
  // Dispatches whose alerts are not yet queued, in the order they were stored (SQLite's rowid, PostgreSQL's seq).
  { table: 'unalerted', key: 'rowid', pgKey: 'seq', columns: 'dispatch_id' },
] as const;

export type TransferTable = (typeof TRANSFER_TABLES)[number]['table'];

/** The columns a table is exported with: all, or those both backends share. */
export function columnsOf(table: TransferTable): string {
  const entry = TRANSFER_TABLES.find((t) => t.table === table);
  return entry && 'columns' in entry ? entry.columns : '*';
}

/** What `wirebrief export` / `import` need of a backend: rows in, rows out, the index rebuilt. */
export interface StoreTransfer {
  /** Every row of `table`, in key order, a page at a time. */
  readRows(table: TransferTable): AsyncIterable<TransferRow>;
  /** Whether the store holds no dispatch, subscriber, feed or outbox row (import only fills an empty store). */
  isEmpty(): Promise<boolean>;
  /** Inserts rows as they are (their ids kept), the columns the destination has. */
  writeRows(table: TransferTable, rows: TransferRow[]): Promise<void>;
  /** After an import: every dispatch analysed again from its text (the export may be of another analyser version), the search index and term counts from the current (not superseded) dispatches; id sequences past the imported ids. */
  finishImport(): Promise<void>;
}
