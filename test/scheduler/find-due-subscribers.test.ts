import { describe, expect, it } from 'vitest';
import { quietUntil } from '../../src/scheduler/local-time.js';
import { findDueSubscribers } from '../../src/scheduler/find-due-subscribers.js';
import type { Subscriber } from '../../src/store/subscriber-store.js';

const subscriber = (chatId: number, timeZone: string, digestTime = '07:00', lastDigestAt: string | null = '2026-02-04T13:00:00Z'): Subscriber => ({
  chatId, chatType: 'private', lang: 'en', timeZone, digestTime, digestEnabled: true, digestFrequency: 'morning' as Subscriber['digestFrequency'], quietStart: null, quietEnd: null,
  paused: false, blocked: false, lastDigestAt, topics: [], createdAt: '', updatedAt: '',
});

describe('findDueSubscribers', () => {
  const kuwait = subscriber(1, 'Asia/Kuwait'); // UTC+3: 07:00 local is 04:00Z
  const london = subscriber(2, 'Europe/London'); // UTC+0 in February: 07:00Z
  const newYork = subscriber(3, 'America/New_York'); // UTC-5: 12:00Z

  it('finds each subscriber at their own local digest time', () => {
    const ids = (at: string) => findDueSubscribers([kuwait, london, newYork], new Date(at)).map((d) => d.subscriber.chatId);
    expect(ids('2026-02-05T03:59:00Z')).toEqual([]);
    expect(ids('2026-02-05T04:00:00Z')).toEqual([1]);
    expect(ids('2026-02-05T07:00:00Z')).toEqual([1, 2]);
    expect(ids('2026-02-05T12:00:00Z')).toEqual([1, 2, 3]);
    expect(findDueSubscribers([kuwait], new Date('2026-02-05T04:00:00Z'))[0]?.localDate).toBe('2026-02-05');
  });

  it('starts a new subscriber at the next due time after they joined', () => {
    const joined = { ...subscriber(4, 'Asia/Kuwait', '07:00', null), createdAt: '2026-02-05T06:00:00Z' }; // 09:00 local
    expect(findDueSubscribers([joined], new Date('2026-02-05T06:30:00Z'))).toEqual([]);
    expect(findDueSubscribers([joined], new Date('2026-02-06T04:00:00Z'))).toHaveLength(1);
  });

  it('catches up once after a missed hour: not again once the digest is recorded', () => {
    const missed = new Date('2026-02-05T05:10:00Z'); // the process was down at 04:00Z
    expect(findDueSubscribers([kuwait], missed)).toHaveLength(1);
    const done = subscriber(1, 'Asia/Kuwait', '07:00', missed.toISOString());
    expect(findDueSubscribers([done], new Date('2026-02-05T05:11:00Z'))).toEqual([]);
    expect(findDueSubscribers([done], new Date('2026-02-06T04:00:00Z'))).toHaveLength(1);
  });

  it('leaves out subscribers with digests off, paused or blocked', () => {
    const off = { ...kuwait, digestEnabled: false };
    const paused = { ...kuwait, chatId: 5, paused: true };
    const blocked = { ...kuwait, chatId: 6, blocked: true };
    expect(findDueSubscribers([off, paused, blocked], new Date('2026-02-05T09:00:00Z'))).toEqual([]);
  });
});

describe('digest frequency', () => {
  const at = (iso: string) => new Date(iso);
  it('sends the evening digest at 18:00 local, the morning one at the digest time, or both', () => {
    const evening = { ...subscriber(7, 'Asia/Kuwait'), digestFrequency: 'evening' as const };
    const both = { ...subscriber(8, 'Asia/Kuwait'), digestFrequency: 'both' as const };
    // 07:30 in Kuwait: the morning one only for the subscriber who takes both
    expect(findDueSubscribers([evening, both], at('2026-02-05T04:30:00Z')).map((d) => [d.subscriber.chatId, d.slot])).toEqual([[8, 'morning']]);
    // 18:05 in Kuwait, the morning one already composed: each gets its evening digest
    const afterMorning = { ...both, lastDigestAt: '2026-02-05T04:30:00Z' };
    expect(findDueSubscribers([evening, afterMorning], at('2026-02-05T15:05:00Z')).map((d) => [d.subscriber.chatId, d.slot])).toEqual([
      [7, 'evening'],
      [8, 'evening'],
    ]);
    // down all day: one catch-up, the latest slot, not two
    expect(findDueSubscribers([both], at('2026-02-05T16:00:00Z')).map((d) => d.slot)).toEqual(['evening']);
    expect(findDueSubscribers([{ ...both, lastDigestAt: '2026-02-05T15:00:00Z' }], at('2026-02-05T16:00:00Z'))).toEqual([]);
  });
});

describe('quietUntil', () => {
  const quiet = { quietStart: '22:00', quietEnd: '07:00', timeZone: 'Asia/Kuwait' };
  it('holds until the end of quiet hours across midnight, in the subscriber zone', () => {
    expect(quietUntil(quiet, new Date('2026-02-04T20:30:00Z'))?.toISOString()).toBe('2026-02-05T04:00:00.000Z'); // 23:30 local
    expect(quietUntil(quiet, new Date('2026-02-05T01:00:00Z'))?.toISOString()).toBe('2026-02-05T04:00:00.000Z'); // 04:00 local
    expect(quietUntil(quiet, new Date('2026-02-05T09:00:00Z'))).toBeNull(); // noon local
    expect(quietUntil({ ...quiet, quietStart: null }, new Date('2026-02-04T20:30:00Z'))).toBeNull();
  });
});
