import type { Deps } from '../deps.js';
import { formatAlert } from './format-alert.js';
import { matchAlerts } from './match-alerts.js';

/**
 * After an ingest: each new dispatch that names a topic a subscriber follows (in either language)
 * becomes one outbox row per subscriber and story (key `alert:<chat>:<story>`), urgent flashes
 * first, written in one transaction; quiet hours set not_before. A story's later updates add nothing.
 */
export async function enqueueAlerts(deps: Pick<Deps, 'stores' | 'logger'>, dispatchIds: string[], now: Date): Promise<number> {
  if (dispatchIds.length === 0) return 0;
  const followers = await deps.stores.subscribers.listFollowers();
  if (followers.length === 0) return 0;
  const dispatches = await deps.stores.dispatches.getDispatches(dispatchIds);
  const messages = matchAlerts(dispatches, followers, now).map(({ subscriber, dispatch, topic, notBefore }) => ({
    key: `alert:${subscriber.chatId}:${dispatch.storyId}`,
    chatId: subscriber.chatId,
    kind: 'alert' as const,
    text: formatAlert(dispatch, topic, subscriber.lang),
    notBefore: notBefore.toISOString(),
  }));
  const added = await deps.stores.outbox.enqueue(messages, now);
  if (added > 0) deps.logger.info({ added }, 'alerts queued');
  return added;
}
