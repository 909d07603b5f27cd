import { createHash } from 'node:crypto';
import type { Deps } from '../deps.js';

export interface BroadcastQueued {
  broadcastId: string;
  /** rows added: one per subscriber that is neither paused nor blocked */
  queued: number;
}

/**
 * An admin's broadcast, through the same outbox (and so the same limits) as digests and alerts:
 * one row per active subscriber, keyed `broadcast:<id>:<chat>`, in one transaction. `html` is the
 * message as sent, rendered and escaped by the caller (delivery knows nothing of presentation).
 * Pass `id` (e.g. the admin's chat and message id) so that handling the same command twice queues
 * nothing more; without it the id comes from the text and `now`.
 */
export async function enqueueBroadcast(
  deps: Pick<Deps, 'stores' | 'logger'>,
  html: string,
  now: Date,
  id?: string,
): Promise<BroadcastQueued> {
  const broadcastId = id ?? createHash('sha256').update(`${now.toISOString()}\n${html}`).digest('hex').slice(0, 12);
  const queued = await deps.stores.outbox.enqueueBroadcast(broadcastId, html, now);
  deps.logger.info({ broadcastId, queued }, 'broadcast queued');
  return { broadcastId, queued };
}
