import { StoreError } from '../errors.js';
import { type StoreTransfer, TRANSFER_TABLES, type TransferRow, type TransferTable } from './store-transfer.js';

/** The first line of an export: what it is, so an import refuses anything else. */
const HEADER = { format: 'wirebrief-export', version: 1 };
const BATCH = 500;
const tables = new Set<string>(TRANSFER_TABLES.map((t) => t.table));

/** Bytes (quarantined input) as `{"$base64": …}`: JSON has no bytes. */
function encode(row: TransferRow): TransferRow {
  const out: TransferRow = {};
  for (const [name, value] of Object.entries(row)) out[name] = value instanceof Uint8Array ? { $base64: Buffer.from(value).toString('base64') } : value;
  return out;
}

function decode(row: TransferRow): TransferRow {
  const out: TransferRow = {};
  for (const [name, value] of Object.entries(row)) {
    const encoded = value !== null && typeof value === 'object' && '$base64' in value ? (value as { $base64: string }).$base64 : undefined;
    out[name] = encoded === undefined ? value : Buffer.from(encoded, 'base64');
  }
  return out;
}

export type TransferCounts = Partial<Record<TransferTable, number>>;

/** Writes the store as JSONL: a header line, then one `{"table","row"}` line per row, table by table. */
export async function exportJsonl(transfer: StoreTransfer, write: (line: string) => void | Promise<void>): Promise<TransferCounts> {
  const counts: TransferCounts = {};
  await write(`${JSON.stringify(HEADER)}\n`);
  for (const { table } of TRANSFER_TABLES) {
    let n = 0;
    for await (const row of transfer.readRows(table)) {
      await write(`${JSON.stringify({ table, row: encode(row) })}\n`);
      n += 1;
    }
    counts[table] = n;
  }
  return counts;
}

/**
 * Reads an export into an empty store, rows kept as they were (ids, story ids, times), then
 * rebuilds the search index. Refuses a store that holds data, and a file that is not an export.
 */
export async function importJsonl(transfer: StoreTransfer, input: AsyncIterable<string>): Promise<TransferCounts> {
  // Start reading before the first await: readline drops lines emitted before its iterator exists.
  const iterator = input[Symbol.asyncIterator]();
  const lines = { [Symbol.asyncIterator]: () => iterator };
  if (!(await transfer.isEmpty())) throw new StoreError('import needs an empty store: this one already holds dispatches, subscribers, feeds or outbox rows');
  const counts: TransferCounts = {};
  const pending: { table: TransferTable | null; rows: TransferRow[] } = { table: null, rows: [] };
  const flush = async () => {
    if (pending.table !== null && pending.rows.length > 0) await transfer.writeRows(pending.table, pending.rows);
    pending.rows = [];
  };
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { table?: string; row?: TransferRow; format?: string; version?: number };
    if (lineNumber === 1) {
      if (record.format !== HEADER.format || record.version !== HEADER.version) {
        throw new StoreError(`not a wirebrief export (version ${HEADER.version}): the first line is ${line.slice(0, 80)}`);
      }
      continue;
    }
    if (!record.table || !tables.has(record.table) || !record.row) throw new StoreError(`line ${lineNumber} of the export is not a table row`, { line: lineNumber });
    const table = record.table as TransferTable;
    if (pending.table !== table) {
      await flush();
      pending.table = table;
    }
    pending.rows.push(decode(record.row));
    counts[table] = (counts[table] ?? 0) + 1;
    if (pending.rows.length >= BATCH) await flush();
  }
  await flush();
  await transfer.finishImport();
  return counts;
}
