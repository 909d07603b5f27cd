import { createHash } from 'node:crypto';
import type { Deps } from '../deps.js';
import { escapeHtml } from '../telegram/format-html.js';

export interface BroadcastQueued {
  broadcastId: string;
  /** rows added: one per subscriber that is neither paused nor blocked */
  queued: number;
}

/**
 * An admin's broadcast, through the same outbox (and so the same limits) as digests and alerts:
 * one row per active subscriber, keyed `broadcast:<id>:<chat>`, in one transaction. `text` is plain
 * text (escaped here). Pass `id` (e.g. the admin's chat and message id) so that handling the same
 * command twice queues nothing more; without it the id comes from the text and `now`.
 */
export async function enqueueBroadcast(
  deps: Pick<Deps, 'stores' | 'logger'>,
  text: string,
  now: Date,
  id?: string,
): Promise<BroadcastQueued> {
  const broadcastId = id ?? createHash('sha256').update(`${now.toISOString()}\n${text}`).digest('hex').slice(0, 12);
  const queued = await deps.stores.outbox.enqueueBroadcast(broadcastId, escapeHtml(text), now);
  deps.logger.info({ broadcastId, queued }, 'broadcast queued');
  return { broadcastId, queued };
}
