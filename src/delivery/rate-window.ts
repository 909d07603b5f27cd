/**
 * The overall limit as Telegram counts it: at most `perSecond` sends in any sliding second. Pacing
 * by a fixed gap alone lets timer lag bunch sends past the limit (and a 429 costs a whole
 * retry_after), so the sender also waits until the send `perSecond` places back is a second old,
 * plus a margin for network jitter between here and the server's clock.
 */
export function createRateWindow(perSecond: number, marginMs = 15) {
  const size = Math.max(1, Math.floor(perSecond));
  const sent: number[] = new Array<number>(size).fill(Number.NEGATIVE_INFINITY);
  let next = 0;
  return {
    /** the earliest time (ms) the next send keeps to the limit */
    earliest(): number {
      return (sent[next] as number) + 1000 + marginMs;
    },
    record(at: number): void {
      sent[next] = at;
      next = (next + 1) % size;
    },
  };
}
