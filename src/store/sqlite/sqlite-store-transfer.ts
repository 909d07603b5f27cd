import type { SqliteDatabase } from '../open-database.js';
import { columnsOf, type StoreTransfer, TRANSFER_TABLES, type TransferRow, type TransferTable } from '../store-transfer.js';
import { rebuildSqliteIndex } from './reindex-sqlite-store.js';

const keyOf = (table: TransferTable) => TRANSFER_TABLES.find((t) => t.table === table)?.key as string;

/** Export and import on SQLite. */
export function createSqliteStoreTransfer(db: SqliteDatabase): StoreTransfer {
  const destinationColumns = (table: TransferTable) => new Set((db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name));
  return {
    async *readRows(table) {
      yield* db.prepare(`SELECT ${columnsOf(table)} FROM ${table} ORDER BY ${keyOf(table)}`).iterate() as Iterable<TransferRow>;
    },
    async isEmpty() {
      const row = db
        .prepare('SELECT (SELECT count(*) FROM dispatches) + (SELECT count(*) FROM subscribers) + (SELECT count(*) FROM feeds) + (SELECT count(*) FROM outbox) AS n')
        .get() as { n: number };
      return row.n === 0;
    },
    async writeRows(table, rows) {
      const known = destinationColumns(table);
      db.transaction(() => {
        for (const row of rows) {
          const names = Object.keys(row).filter((name) => known.has(name));
          db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => row[n]));
        }
      })();
    },
    async finishImport() {
      // Analysed again from the text: the export may come from a store of another analyser version.
      db.transaction(() => rebuildSqliteIndex(db))();
    },
  };
}
