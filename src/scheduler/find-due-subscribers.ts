import type { Subscriber } from '../store/subscriber-store.js';
import { firstInstantOfLocal, localTime } from './local-time.js';

export interface DueDigest {
  subscriber: Subscriber;
  /** the subscriber's local date the digest is for */
  localDate: string;
  /** when it was due */
  dueAt: Date;
}

/**
 * Subscribers whose digest is due at `now` in their own zone: today's digest time has passed and
 * none was composed since. A process that was down past the time catches up once, not once per
 * missed minute (lastDigestAt moves past the due time).
 */
export function findDueSubscribers(subscribers: readonly Subscriber[], now: Date): DueDigest[] {
  const due: DueDigest[] = [];
  for (const subscriber of subscribers) {
    if (!subscriber.digestEnabled || subscriber.paused || subscriber.blocked) continue;
    const local = localTime(now, subscriber.timeZone);
    const dueAt = firstInstantOfLocal(local.date, subscriber.digestTime, subscriber.timeZone, now);
    if (now < dueAt) continue;
    // The first digest is the first due time after the subscriber joined, not a back-fill of earlier days.
    const last = subscriber.lastDigestAt ?? (subscriber.createdAt || null);
    if (last !== null && new Date(last) >= dueAt) continue;
    due.push({ subscriber, localDate: local.date, dueAt });
  }
  return due;
}
