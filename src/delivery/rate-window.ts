/**
 * The overall limit as Telegram counts it: at most `perSecond` sends in any sliding second. Pacing
 * by a fixed gap alone lets timer lag bunch sends past the limit (and a 429 costs a whole
 * retry_after), so the sender also waits until the send `perSecond` places back is a second old,
 * plus a margin for the jitter between our clock and the server's arrival times. A 429 that comes
 * anyway says the jitter is larger: `widen` adds to the margin, up to `maxMarginMs`.
 */
export function createRateWindow(perSecond: number, marginMs = 20, maxMarginMs = 60) {
  const size = Math.max(1, Math.floor(perSecond));
  const sent: number[] = new Array<number>(size).fill(Number.NEGATIVE_INFINITY);
  let next = 0;
  let margin = marginMs;
  return {
    /** the earliest time (ms) the next send keeps to the limit */
    earliest(): number {
      return (sent[next] as number) + 1000 + margin;
    },
    record(at: number): void {
      sent[next] = at;
      next = (next + 1) % size;
    },
    widen(): void {
      margin = Math.min(maxMarginMs, margin + 20);
    },
  };
}
