import type { Deps } from '../deps.js';
import { enqueueAlerts } from './enqueue-alerts.js';

/** Dispatches matched per round: bounds the memory of a bulk run's alerts. */
const ROUND = 500;

/**
 * Queues the alerts of every dispatch stored but not yet alerted (recorded by the store in the
 * transaction that stored it), then marks them alerted. Run after each ingest and at the bot's
 * start, it picks up what an interrupted run left. Safe to run twice at once, in one process or
 * two: an alert's outbox key (chat, story) is unique, so a repeat adds nothing. Returns how many alerts were queued.
 */
export async function enqueuePendingAlerts(deps: Pick<Deps, 'stores' | 'logger' | 'presenter'> & Partial<Pick<Deps, 'config'>>, now: Date): Promise<number> {
  let queued = 0;
  for (let ids = await deps.stores.dispatches.listUnalerted(ROUND); ids.length > 0; ids = await deps.stores.dispatches.listUnalerted(ROUND)) {
    queued += await enqueueAlerts(deps, ids, now);
    await deps.stores.dispatches.markAlerted(ids);
  }
  return queued;
}
