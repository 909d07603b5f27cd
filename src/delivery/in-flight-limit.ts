import type { Clock } from '../clock.js';

/** The most messages one sender keeps in flight, whatever the rate and the round trip. */
export const MAX_IN_FLIGHT = 512;

/**
 * How many messages a sender keeps in flight (K): enough to reach `perSecond` at the round trip it
 * observes, K = ceil(1.5 × rate × latency) + 1, at least 1 and at most `max`. The latency is the
 * moving average of answered requests, or the age of the oldest unanswered one if that is longer,
 * so K grows as soon as answers are slow (the first seconds, a slow link) without waiting for them.
 */
export function createInFlightLimit(perSecond: number, clock: Clock, max = MAX_IN_FLIGHT) {
  const started = new Map<number, number>();
  let nextId = 0;
  let latencyMs = 0;
  return {
    /** K now */
    limit(): number {
      const oldest = started.values().next().value;
      const age = oldest === undefined ? 0 : clock.now().getTime() - oldest;
      const latency = Math.max(latencyMs, age);
      return Math.min(max, Math.max(1, Math.ceil((1.5 * perSecond * latency) / 1000) + 1));
    },
    /** a request went out; returns its ticket */
    start(): number {
      nextId += 1;
      started.set(nextId, clock.now().getTime());
      return nextId;
    },
    /** its answer came (`answered`), or it failed without one */
    finish(ticket: number, answered: boolean): void {
      const at = started.get(ticket);
      started.delete(ticket);
      if (at === undefined || !answered) return;
      const roundTrip = clock.now().getTime() - at;
      latencyMs = latencyMs === 0 ? roundTrip : 0.8 * latencyMs + 0.2 * roundTrip;
    },
    /** the moving average of round trips (ms) */
    latencyMs: () => latencyMs,
  };
}
