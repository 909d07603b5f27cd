import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ingestWireBytes } from '../ingest/ingest-wire-bytes.js';
import { openStoreAt } from '../store/open-store-at.js';
import { botCommand } from './bot-command.js';
import { chatCommand } from './chat-command.js';
import { type CommandContext, storeOptions } from './cli-io.js';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Fills an empty store with seeds/, so a newcomer has something to ask about. */
async function seedIfEmpty(ctx: CommandContext): Promise<void> {
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    if ((await stores.dispatches.countDispatches()) > 0) return;
    const names = (await readdir(seedsDir)).filter((name) => !name.startsWith('.')).sort();
    let added = 0;
    for (const name of names) {
      const report = await ingestWireBytes(stores.dispatches, { source: `seeds/${name}`, bytes: await readFile(seedsDir + name) }, ctx.io.now());
      added += report.added;
    }
    ctx.io.stderr(`wirebrief: the store at ${ctx.dbPath} was empty; ingested ${added} dispatch(es) from seeds/\n`);
  } finally {
    await stores.close();
  }
}

/** `npm start`: the bot when TELEGRAM_BOT_TOKEN is set; otherwise the terminal chat on a seeded store. */
export async function startCommand(ctx: CommandContext): Promise<number> {
  if (ctx.config.TELEGRAM_BOT_TOKEN) return botCommand(ctx);
  await seedIfEmpty(ctx);
  return chatCommand(ctx);
}
