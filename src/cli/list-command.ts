import { openStoreAt } from '../store/open-store-at.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';
import { parseDateOption, parseLang, parseLimit } from './parse-cli-numbers.js';

/** `wirebrief list [--since YYYY-MM-DD] [--lang ar|en] [--limit n]`: newest first. */
export async function listCommand(ctx: CommandContext): Promise<number> {
  const since = parseDateOption('since', ctx.options.since);
  const lang = parseLang(ctx.options.lang);
  const limit = parseLimit(ctx.options.limit, 50);
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    const rows = await stores.dispatches.listDispatches({ since, lang, limit });
    const items = rows.map(({ id, date, lang, dateline, headline, urgent }) => ({ id, date, lang, dateline, headline, urgent }));
    output(ctx, items, () =>
      items.map((d) => `${d.id}  ${d.date}  ${d.lang}  ${d.urgent ? '[urgent] ' : ''}${d.dateline?.city ?? '-'}  ${d.headline}`).join('\n') ||
      'no dispatches',
    );
    return 0;
  } finally {
    await stores.close();
  }
}
