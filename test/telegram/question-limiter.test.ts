import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { createQuestionLimiter } from '../../src/telegram/question-limiter.js';

describe('createQuestionLimiter', () => {
  it('holds a user to the limit within the window, then lets them ask again', () => {
    const clock = fixedClock('2026-02-05T08:00:00Z');
    const limiter = createQuestionLimiter(clock, 2, 60_000);
    expect([limiter.take(1), limiter.take(1)]).toEqual([0, 0]);
    expect(limiter.take(1)).toBe(60);
    clock.advance(60_000);
    expect(limiter.take(1)).toBe(0);
  });

  it('forgets users who have been quiet for a window: the map does not grow with every user ever seen', () => {
    const clock = fixedClock('2026-02-05T08:00:00Z');
    const limiter = createQuestionLimiter(clock, 5, 60_000);
    for (let user = 1; user <= 10_000; user += 1) limiter.take(user);
    expect(limiter.size()).toBe(10_000);
    clock.advance(61_000);
    limiter.take(99_999);
    expect(limiter.size()).toBe(1);
  });

  it('keeps a user who asked within the window (and their count)', () => {
    const clock = fixedClock('2026-02-05T08:00:00Z');
    const limiter = createQuestionLimiter(clock, 1, 60_000);
    limiter.take(1);
    clock.advance(61_000);
    limiter.take(2); // sweeps user 1 out
    clock.advance(30_000);
    expect(limiter.take(2)).toBe(30);
    expect(limiter.size()).toBe(1);
  });
});
