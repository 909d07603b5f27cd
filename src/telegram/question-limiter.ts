import type { Clock } from '../clock.js';

/**
 * Questions cost LLM calls: each user may ask `limit` per `windowMs` (a sliding window).
 * Pure bookkeeping with an injected clock. Users quiet for a whole window are forgotten (swept at
 * most once a window), so the map holds the recently active users, not everyone who ever asked.
 */
export function createQuestionLimiter(clock: Clock, limit = 5, windowMs = 60_000) {
  const asked = new Map<number, number[]>();
  let sweptAt = -Infinity;
  const sweep = (now: number) => {
    if (now - sweptAt < windowMs) return;
    sweptAt = now;
    for (const [userId, times] of asked) {
      if (now - (times[times.length - 1] as number) >= windowMs) asked.delete(userId);
    }
  };
  return {
    /** Records a question; returns the seconds to wait when over the limit, else 0. */
    take(userId: number): number {
      const now = clock.now().getTime();
      sweep(now);
      const recent = (asked.get(userId) ?? []).filter((at) => now - at < windowMs);
      if (recent.length >= limit) {
        asked.set(userId, recent);
        return Math.max(1, Math.ceil((windowMs - (now - (recent[0] as number))) / 1000));
      }
      recent.push(now);
      asked.set(userId, recent);
      return 0;
    },
    /** How many users the limiter remembers (bounded by those active in the last window or two). */
    size(): number {
      return asked.size;
    },
  };
}
