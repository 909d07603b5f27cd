import { columnsOf, type StoreTransfer, TRANSFER_TABLES, type TransferRow, type TransferTable } from '../store-transfer.js';
import { rebuildPgIndex } from './reindex-pg-store.js';
import { inTransaction, type PgPool } from './pg-pool.js';

const PAGE = 1000;
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const ROWS_PER_INSERT = 500;
const keyOf = (table: TransferTable) => {
  const entry = TRANSFER_TABLES.find((t) => t.table === table);
  return entry && 'pgKey' in entry ? entry.pgKey : (entry?.key as string);
};
/** Tables whose id PostgreSQL generates: imported ids are kept, the sequence moved past them. */
const IDENTITIES: Array<[TransferTable, string]> = [['dispatches', 'seq'], ['quarantine', 'id'], ['outbox', 'id'], ['unalerted', 'seq']];

/** Export and import on PostgreSQL. */
export function createPgStoreTransfer(pool: PgPool): StoreTransfer {
  async function destinationColumns(table: TransferTable): Promise<Set<string>> {
    const { rows } = await pool.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
      [table],
    );
    return new Set(rows.map((r) => r.column_name));
  }

  return {
    async *readRows(table) {
      for (let offset = 0; ; offset += PAGE) {
        const { rows } = await pool.query<TransferRow>(`SELECT ${columnsOf(table)} FROM ${table} ORDER BY ${keyOf(table)} LIMIT $1 OFFSET $2`, [PAGE, offset]);
        yield* rows;
        if (rows.length < PAGE) return;
      }
    },
    async isEmpty() {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT ((SELECT count(*) FROM dispatches) + (SELECT count(*) FROM subscribers) + (SELECT count(*) FROM feeds) + (SELECT count(*) FROM outbox))::int AS n',
      );
      return rows[0]?.n === 0;
    },
    async writeRows(table, rows) {
      const known = await destinationColumns(table);
      const overriding = IDENTITIES.some(([t]) => t === table) ? ' OVERRIDING SYSTEM VALUE' : '';
      await inTransaction(pool, async (client) => {
        for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
          const chunk = rows.slice(start, start + ROWS_PER_INSERT);
          const names = Object.keys(chunk[0] ?? {}).filter((name) => known.has(name));
          const params: unknown[] = [];
          const values = chunk.map((row) => `(${names.map((n) => `$${params.push(row[n] ?? null)}`).join(', ')})`);
          await client.query(`INSERT INTO ${table} (${names.join(', ')})${overriding} VALUES ${values.join(', ')}`, params);
        }
      });
    },
    async finishImport() {
      await inTransaction(pool, async (client) => {
        for (const [table, column] of IDENTITIES) {
          await client.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), coalesce(max(${column}), 0) + 1, false) FROM ${table}`);
        }
        // Analysed again from the text: the export may come from a store of another analyser version.
        await rebuildPgIndex(client);
      });
    },
  };
}
