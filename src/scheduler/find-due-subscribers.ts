import { EVENING_DIGEST_TIME, type Subscriber } from '../store/subscriber-store.js';
import { instantOfLocal, localTime } from './local-time.js';

export interface DueDigest {
  subscriber: Subscriber;
  /** the subscriber's local date the digest is for */
  localDate: string;
  /** which of the day's digests: the morning one or the evening one */
  slot: 'morning' | 'evening';
  /** when it was due */
  dueAt: Date;
}

/** The day's digest times a subscriber asked for, earliest first. */
function slotsOf(subscriber: Subscriber): Array<{ slot: DueDigest['slot']; time: string }> {
  const morning = { slot: 'morning' as const, time: subscriber.digestTime };
  const evening = { slot: 'evening' as const, time: EVENING_DIGEST_TIME };
  if (subscriber.digestFrequency === 'evening') return [evening];
  if (subscriber.digestFrequency === 'both') return [morning, evening].sort((a, b) => a.time.localeCompare(b.time));
  return [morning];
}

/**
 * Subscribers whose digest is due at `now` in their own zone: the latest of today's digest times
 * (morning, evening, or both as they chose) has passed and none was composed since. A process that
 * was down past the time catches up once, not once per missed minute or slot (lastDigestAt moves
 * past the due time).
 */
export function findDueSubscribers(subscribers: readonly Subscriber[], now: Date): DueDigest[] {
  const due: DueDigest[] = [];
  for (const subscriber of subscribers) {
    if (!subscriber.digestEnabled || subscriber.paused || subscriber.blocked) continue;
    const local = localTime(now, subscriber.timeZone);
    const passed = slotsOf(subscriber)
      .map(({ slot, time }) => ({ slot, dueAt: instantOfLocal(local.date, time, local.offsetMs) }))
      .filter((s) => now >= s.dueAt);
    const latest = passed.at(-1);
    if (!latest) continue;
    // The first digest is the first due time after the subscriber joined, not a back-fill of earlier days.
    const last = subscriber.lastDigestAt ?? (subscriber.createdAt || null);
    if (last !== null && new Date(last) >= latest.dueAt) continue;
    due.push({ subscriber, localDate: local.date, slot: latest.slot, dueAt: latest.dueAt });
  }
  return due;
}
