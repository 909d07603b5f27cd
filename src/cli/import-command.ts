import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { openStoreAt } from '../store/open-store-at.js';
import { importJsonl } from '../store/transfer-jsonl.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';

/** `wirebrief import <file|->`: an export (JSONL) into an empty store, on either backend. */
export async function importCommand(ctx: CommandContext): Promise<number> {
  const [file] = ctx.args;
  if (!file) throw new InputError('import needs the export to read (a file, or - for stdin)');
  if (file !== '-' && !existsSync(file)) throw new InputError(`cannot read the export ${file}: no such file`);
  const input = file === '-' ? ctx.io.stdin : createReadStream(file);
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    const counts = await importJsonl(stores.transfer, createInterface({ input, crlfDelay: Infinity }));
    output(ctx, { rows: counts }, () => `imported: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ') || 'nothing'}`);
    return 0;
  } finally {
    await stores.close();
  }
}
