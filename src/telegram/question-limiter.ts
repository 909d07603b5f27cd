import type { Clock } from '../clock.js';

/**
 * Questions cost LLM calls: each user may ask `limit` per `windowMs` (a sliding window).
 * Pure bookkeeping with an injected clock.
 */
export function createQuestionLimiter(clock: Clock, limit = 5, windowMs = 60_000) {
  const asked = new Map<number, number[]>();
  return {
    /** Records a question; returns the seconds to wait when over the limit, else 0. */
    take(userId: number): number {
      const now = clock.now().getTime();
      const recent = (asked.get(userId) ?? []).filter((at) => now - at < windowMs);
      if (recent.length >= limit) {
        asked.set(userId, recent);
        return Math.max(1, Math.ceil((windowMs - (now - (recent[0] as number))) / 1000));
      }
      recent.push(now);
      asked.set(userId, recent);
      return 0;
    },
  };
}
