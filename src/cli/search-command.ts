import { InputError } from '../errors.js';
import { searchDispatches } from '../search/search-dispatches.js';
import { openStoreAt } from '../store/open-store-at.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';
import { parseLimit } from './parse-cli-numbers.js';

/** `wirebrief search "<query>" [--limit n]`: best first. */
export async function searchCommand(ctx: CommandContext): Promise<number> {
  const query = ctx.args.join(' ').trim();
  if (!query) throw new InputError('search needs a query, e.g. wirebrief search "Putin BRICS"');
  const limit = parseLimit(ctx.options.limit, 10);
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    const results = await searchDispatches(stores.dispatches, query, limit);
    output(ctx, results, () =>
      results.map((r) => `${r.id}  ${r.date}  ${r.lang}  ${r.score}\n  ${r.headline}\n  ${r.snippet}`).join('\n') || 'nothing found',
    );
    return 0;
  } finally {
    await stores.close();
  }
}
