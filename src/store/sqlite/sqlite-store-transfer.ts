import type { SqliteDatabase } from '../open-database.js';
import { columnsOf, type StoreTransfer, TRANSFER_TABLES, type TransferRow, type TransferTable } from '../store-transfer.js';
import { createTermDocuments, indexedText } from './term-documents.js';

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
      const termDocuments = createTermDocuments(db);
      const insert = db.prepare<[number, string]>('INSERT INTO dispatch_terms (rowid, terms) VALUES (?, ?)');
      const unindex = db.prepare<[number]>('DELETE FROM dispatch_terms WHERE rowid = ?');
      const all = db.prepare<[], { seq: number; paragraph_terms: string; superseded: number }>(
        `SELECT seq, paragraph_terms, EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id) AS superseded
         FROM dispatches d ORDER BY seq`,
      );
      // Every dispatch is indexed, then the superseded ones taken out, as they were: FTS5 keeps a
      // deleted row in its totals, so BM25 then scores as it did in the exported store.
      db.transaction(() => {
        const indexed: string[] = [];
        for (const row of all.all()) {
          const terms = indexedText(JSON.parse(row.paragraph_terms) as Array<string | null>);
          if (!terms) continue;
          insert.run(row.seq, terms);
          if (row.superseded) unindex.run(row.seq);
          else indexed.push(terms);
        }
        termDocuments.added(indexed);
      })();
    },
  };
}
