import { columnsOf, type StoreTransfer, TRANSFER_TABLES, type TransferRow, type TransferTable } from '../store-transfer.js';
import { countTermDocuments, indexedText } from '../sqlite/term-documents.js';
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
        const { rows } = await client.query<{ seq: number; paragraph_terms: string; superseded: boolean }>(
          `SELECT seq, paragraph_terms, EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id) AS superseded
           FROM dispatches d ORDER BY seq`,
        );
        const indexed: Array<{ seq: number; terms: string }> = [];
        // The totals count superseded dispatches too (see the migration), the index only current ones.
        let everIndexed = 0;
        let tokens = 0;
        for (const row of rows) {
          const terms = indexedText(JSON.parse(row.paragraph_terms) as Array<string | null>);
          if (!terms) continue;
          everIndexed += 1;
          tokens += terms.split(' ').length;
          if (!row.superseded) indexed.push({ seq: row.seq, terms });
        }
        for (let start = 0; start < indexed.length; start += ROWS_PER_INSERT) {
          const chunk = indexed.slice(start, start + ROWS_PER_INSERT);
          await client.query(
            `INSERT INTO dispatch_terms (seq, date, lang, terms, indexed, token_count)
             SELECT t.seq, d.date, d.lang, to_tsvector('simple', t.terms), t.terms, array_length(string_to_array(t.terms, ' '), 1)
             FROM unnest($1::int[], $2::text[]) AS t (seq, terms) JOIN dispatches d ON d.seq = t.seq`,
            [chunk.map((c) => c.seq), chunk.map((c) => c.terms)],
          );
        }
        const counts = countTermDocuments(indexed.map((c) => c.terms));
        await client.query('INSERT INTO term_documents (term, documents) SELECT * FROM unnest($1::text[], $2::int[])', [[...counts.keys()], [...counts.values()]]);
        await client.query('UPDATE index_totals SET documents = $1, tokens = $2, generation = generation + 1 WHERE id = 1', [everIndexed, tokens]);
      });
    },
  };
}
