import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { openStoreAt } from '../store/open-store-at.js';
import { exportJsonl } from '../store/transfer-jsonl.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';

/**
 * `wirebrief export [file]`: the whole store as JSONL (dispatches with raw text, versions,
 * quarantine, subscribers, topics, feeds, outbox), to `file`, or to stdout when none is named.
 */
export async function exportCommand(ctx: CommandContext): Promise<number> {
  const [file] = ctx.args;
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    if (!file || file === '-') {
      await exportJsonl(stores.transfer, (line) => ctx.io.stdout(line));
      return 0;
    }
    const stream = createWriteStream(file);
    const counts = await exportJsonl(stores.transfer, async (line) => {
      if (!stream.write(line)) await once(stream, 'drain');
    });
    stream.end();
    await once(stream, 'finish');
    output(ctx, { file, rows: counts }, () => `exported to ${file}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}`);
    return 0;
  } finally {
    await stores.close();
  }
}
