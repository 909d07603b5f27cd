import type { Dispatch } from '../dispatch/dispatch-types.js';
import { quietUntil } from '../scheduler/local-time.js';
import type { Subscriber } from '../store/subscriber-store.js';
import { isHistoryItem } from '../dispatch/is-history-item.js';
import { dispatchTopicText, topicMatcher } from './match-topic.js';

/** One alert to queue: who, about which dispatch (standing for its story), why, and not before when. */
export interface AlertMatch {
  subscriber: Subscriber;
  dispatch: Dispatch;
  topic: string;
  /** now, or the end of the subscriber's quiet hours */
  notBefore: Date;
}

/**
 * New dispatches × followers' topics, in both languages: at most one alert per subscriber and
 * story (the first matching dispatch, urgent flashes first), held through quiet hours. An item
 * of "Today in Kuwait's history" is not news: it never alerts.
 * Each dispatch is analysed once and each topic compiled once, however many followers.
 */
export function matchAlerts(dispatches: readonly Dispatch[], followers: readonly Subscriber[], now: Date): AlertMatch[] {
  const ordered = dispatches.filter((d) => !isHistoryItem(d, now)).sort((a, b) => Number(b.urgent) - Number(a.urgent));
  const seen = new Set<string>();
  const matches: AlertMatch[] = [];
  for (const dispatch of ordered) {
    const text = dispatchTopicText(dispatch);
    for (const subscriber of followers) {
      const key = `${subscriber.chatId}:${dispatch.storyId}`;
      if (seen.has(key) || subscriber.paused || subscriber.blocked) continue;
      const topic = subscriber.topics.find((t) => topicMatcher(t)(text));
      if (topic === undefined) continue;
      seen.add(key);
      matches.push({ subscriber, dispatch, topic, notBefore: quietUntil(subscriber, now) ?? now });
    }
  }
  return matches;
}
