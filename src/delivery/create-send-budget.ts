import type { Clock } from '../clock.js';
import { createRateWindow } from './rate-window.js';

/** Who asks: a reply to a user goes before anything from the outbox. */
export type SendPriority = 'reply' | 'outbox';

/** The one rate budget every outgoing message of a process draws on (the bot token's limit). */
export interface SendBudget {
  /**
   * Resolves when this send may go: the overall gap, the sliding second and any 429 pause kept,
   * replies granted before outbox sends. Rejects with the signal's reason if it aborts first.
   * Resolves with a ticket for `answered`.
   */
  acquire(priority: SendPriority, signal?: AbortSignal): Promise<number>;
  /** Telegram answered the send of `ticket` (any answer, 429 included): it tells when the send arrived. */
  answered(ticket: number): void;
  /** Telegram answered 429: nothing is granted before `retryAfterS` seconds from now. */
  pause(retryAfterS: number): void;
  /** the time (ms) until which grants are paused */
  pausedUntil(): number;
}

interface Waiter {
  resolve: (ticket: number) => void;
  reject: (reason: unknown) => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How far (ms) a busy budget's schedule may fall behind the clock and still be made up. */
export const MAX_CATCH_UP_MS = 50;

/**
 * Grants sends at `perSecond`, one at a time, in priority order: a fixed gap on schedule and at
 * most `perSecond` in any sliding second. While requests keep waiting, a slot a late timer missed
 * is made up (up to MAX_CATCH_UP_MS behind), so timer lag does not lower the rate: at 1000/s the
 * gap is 1 ms and a timer fires a fraction of a millisecond late every time. After the queue ran
 * empty the schedule starts again from now, so an idle budget never bursts. A pause that arrives
 * while a grant waits is waited out too, so a 429 stops every send, retries included.
 */
export function createSendBudget(perSecond: number, clock: Clock, sleep: (ms: number) => Promise<void> = realSleep): SendBudget {
  const gap = 1000 / perSecond;
  const window = createRateWindow(perSecond);
  const queues: Record<SendPriority, Waiter[]> = { reply: [], outbox: [] };
  let nextSlot = 0;
  let pausedUntil = 0;
  let pauses = 0;
  let pumping = false;

  const waiting = () => queues.reply.length + queues.outbox.length > 0;

  async function pump(): Promise<void> {
    pumping = true;
    nextSlot = Math.max(nextSlot, clock.now().getTime());
    try {
      while (waiting()) {
        const seenPauses = pauses;
        const now = clock.now().getTime();
        const wait = Math.max(nextSlot, pausedUntil, window.earliest()) - now;
        if (wait > 0) {
          await sleep(wait);
          if (pauses !== seenPauses) continue; // a 429 arrived meanwhile: wait for it too
        }
        const waiter = queues.reply.shift() ?? queues.outbox.shift();
        if (!waiter) break;
        nextSlot = Math.max(nextSlot, pausedUntil, now - MAX_CATCH_UP_MS) + gap;
        waiter.resolve(window.record(clock.now().getTime()));
      }
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(priority, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<number>((resolve, reject) => {
        const queue = queues[priority];
        const waiter: Waiter = { resolve, reject };
        if (signal) {
          const onAbort = () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', onAbort, { once: true });
          waiter.resolve = (ticket) => {
            signal.removeEventListener('abort', onAbort);
            resolve(ticket);
          };
        }
        queue.push(waiter);
        if (!pumping) void pump();
      });
    },
    pause(retryAfterS) {
      pausedUntil = Math.max(pausedUntil, clock.now().getTime() + retryAfterS * 1000);
      pauses += 1;
      window.widen();
    },
    answered(ticket) {
      window.answer(ticket, clock.now().getTime());
    },
    pausedUntil: () => pausedUntil,
  };
}
