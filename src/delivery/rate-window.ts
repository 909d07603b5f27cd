/**
 * The overall limit as Telegram counts it: at most `perSecond` sends in any sliding second of their
 * arrival there. Pacing by a fixed gap alone lets timer lag bunch sends past the limit (and a 429
 * costs a whole retry_after), so the sender also waits until the send `perSecond` places back is a
 * second old, plus a margin for jitter. "Old" is counted from its estimated arrival: a send is
 * granted at some time but may leave late (the first call of a process warms up for tens of ms);
 * once its answer is back, answer − the usual round trip (a moving average) estimates its arrival
 * (shifted by the outbound trip, as every estimate is), so a late leaver is counted late while the
 * ordinary jitter of answers costs nothing (the shortest round trip instead would count every slow
 * answer as a late send, and lose rate under load). The margin covers what the estimate misses; a 429
 * that comes anyway says the jitter is larger: `widen` adds to the margin, up to `maxMarginMs`.
 */
/** How many mean deviations of the round trip the margin covers. */
const JITTER_FACTOR = 3;

export function createRateWindow(perSecond: number, marginMs = 20, maxMarginMs = 60) {
  const size = Math.max(1, Math.floor(perSecond));
  const granted: number[] = new Array<number>(size).fill(Number.NEGATIVE_INFINITY);
  const answered: number[] = new Array<number>(size).fill(Number.NaN);
  const tickets: number[] = new Array<number>(size).fill(-1);
  let count = 0;
  let margin = marginMs;
  let usualRoundTrip = Number.NaN;
  let deviation = 0;
  const currentMargin = () => Math.min(maxMarginMs, Math.max(margin, JITTER_FACTOR * deviation));
  const arrival = (slot: number) => {
    const answer = answered[slot] as number;
    return Number.isNaN(answer) ? (granted[slot] as number) : Math.max(granted[slot] as number, answer - usualRoundTrip);
  };
  return {
    /** the earliest time (ms) the next send keeps to the limit */
    earliest(): number {
      return arrival(count % size) + 1000 + currentMargin();
    },
    /** a send granted at `at`; returns its ticket for `answer` */
    record(at: number): number {
      const slot = count % size;
      granted[slot] = at;
      answered[slot] = Number.NaN;
      tickets[slot] = count;
      count += 1;
      return count - 1;
    },
    /** Telegram answered send `ticket` at `at` (any answer: it arrived) */
    answer(ticket: number, at: number): void {
      const slot = ticket % size;
      if (tickets[slot] !== ticket) return; // long since out of the window
      answered[slot] = at;
      const roundTrip = at - (granted[slot] as number);
      if (!Number.isNaN(usualRoundTrip)) deviation = 0.75 * deviation + 0.25 * Math.abs(roundTrip - usualRoundTrip);
      usualRoundTrip = Number.isNaN(usualRoundTrip) ? roundTrip : 0.9 * usualRoundTrip + 0.1 * roundTrip;
    },
    widen(): void {
      margin = Math.min(maxMarginMs, margin + 20);
    },
  };
}
