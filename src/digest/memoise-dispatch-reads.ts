import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { DispatchStore } from '../store/dispatch-store.js';

/**
 * A view of the dispatch store for one digest run that reads each listing and each dispatch once,
 * and hands every subscriber the same objects (so their analysed text is computed once too).
 * Only for the length of a run: it never sees later ingests.
 */
export function memoiseDispatchReads(store: DispatchStore): DispatchStore {
  const lists = new Map<string, ReturnType<DispatchStore['listDispatches']>>();
  const dispatches = new Map<string, Dispatch>();
  return Object.assign(Object.create(store) as DispatchStore, {
    listDispatches(query: Parameters<DispatchStore['listDispatches']>[0]) {
      const key = JSON.stringify(query);
      let list = lists.get(key);
      if (!list) lists.set(key, (list = store.listDispatches(query)));
      return list;
    },
    async getDispatches(ids: string[]): Promise<Dispatch[]> {
      const missing = ids.filter((id) => !dispatches.has(id));
      if (missing.length > 0) for (const d of await store.getDispatches(missing)) dispatches.set(d.id, d);
      return ids.flatMap((id) => dispatches.get(id) ?? []);
    },
  });
}
