import type { Deps } from '../deps.js';
import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { OutboxMessage } from '../store/outbox-store.js';
import { quietUntil } from '../scheduler/local-time.js';
import { formatAlert } from './format-alert.js';
import { storyMatchesTopics } from './rank-stories.js';

/**
 * After an ingest: each new dispatch that names a topic a subscriber follows (in either language)
 * becomes one outbox row per subscriber and story, urgent flashes first; quiet hours delay it.
 * The row key makes a story's later updates add nothing.
 */
export async function enqueueAlerts(deps: Pick<Deps, 'stores' | 'logger'>, dispatchIds: string[], now: Date): Promise<number> {
  if (dispatchIds.length === 0) return 0;
  const followers = await deps.stores.subscribers.listFollowers();
  if (followers.length === 0) return 0;
  const dispatches: Dispatch[] = (await deps.stores.dispatches.getDispatches(dispatchIds)).sort((a, b) => Number(b.urgent) - Number(a.urgent));
  const messages: OutboxMessage[] = [];
  for (const dispatch of dispatches) {
    const group = { storyId: dispatch.storyId, dispatches: [dispatch] };
    for (const subscriber of followers) {
      const topic = subscriber.topics.find((t) => storyMatchesTopics(group, [t]));
      if (!topic) continue;
      messages.push({
        key: `alert:${subscriber.chatId}:${dispatch.storyId}`,
        chatId: subscriber.chatId,
        kind: 'alert',
        text: formatAlert(dispatch, topic, subscriber.lang),
        notBefore: (quietUntil(subscriber, now) ?? now).toISOString(),
      });
    }
  }
  const added = await deps.stores.outbox.enqueue(messages, now);
  if (added > 0) deps.logger.info({ added }, 'alerts queued');
  return added;
}
