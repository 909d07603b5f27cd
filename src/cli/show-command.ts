import { InputError } from '../errors.js';
import { openStores } from '../store/open-stores.js';
import { type CommandContext, output } from './cli-io.js';

/** `wirebrief show <id>`: the dispatch object. */
export async function showCommand(ctx: CommandContext): Promise<number> {
  const [id] = ctx.args;
  if (!id) throw new InputError('show needs a dispatch id (see `wirebrief list`)');
  const stores = openStores(ctx.dbPath);
  try {
    const dispatch = await stores.dispatches.getDispatch(id);
    if (!dispatch) throw new InputError(`no dispatch with id ${id} in ${ctx.dbPath}`);
    output(ctx, dispatch, () => dispatch.raw);
    return 0;
  } finally {
    stores.close();
  }
}
