import type { DispatchStore } from '../store/dispatch-store.js';

/** Dispatches added in one run from which the search index is merged afterwards. */
export const BULK_INGEST = 1000;

/**
 * After a run that added `added` dispatches: a bulk run leaves the full-text index in many small
 * segments, so it is merged into one (searches then read one posting list per term). Small runs,
 * the live wire's, leave it to the index's own incremental merging.
 */
export async function finishBulkIngest(store: DispatchStore, added: number): Promise<void> {
  if (added >= BULK_INGEST) await store.optimiseIndex();
}
