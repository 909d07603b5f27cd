import { InputError } from '../errors.js';
import { openStoreAt } from '../store/open-store-at.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';

/** `wirebrief show <id>`: the dispatch object. */
export async function showCommand(ctx: CommandContext): Promise<number> {
  const [id] = ctx.args;
  if (!id) throw new InputError('show needs a dispatch id (see `wirebrief list`)');
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    const dispatch = await stores.dispatches.getDispatch(id);
    if (!dispatch) throw new InputError(`no dispatch with id ${id} in ${ctx.dbPath}`);
    output(ctx, dispatch, () => dispatch.raw);
    return 0;
  } finally {
    await stores.close();
  }
}
