/** Telegram's limits as the sender keeps them (configurable; paid broadcasts allow up to 1000/s overall). */
export interface SendLimits {
  perSecond: number;
  /** minimum gap between two messages to one private chat */
  privateGapMs: number;
  /** minimum gap between two messages to one group (20 a minute) */
  groupGapMs: number;
  /** send with allow_paid_broadcast (Telegram Stars), which lifts the overall limit to 1000/s */
  paidBroadcast?: boolean;
}

export const telegramLimits: SendLimits = { perSecond: 30, privateGapMs: 1000, groupGapMs: 3000 };

/** Telegram's free overall limit; above it a bot must pay for broadcasts. */
export const FREE_RATE = 30;
export const PAID_RATE_MAX = 1000;

/**
 * Limits from WIREBRIEF_SEND_RATE: up to 30/s free; above that, paid broadcasts (allow_paid_broadcast)
 * at up to 1000/s. The per-chat gaps (1/s private, 20/min group) stay whatever the rate.
 */
export function sendLimitsForRate(rate: number): SendLimits {
  const perSecond = Math.min(Math.max(rate, 0.1), PAID_RATE_MAX);
  return { ...telegramLimits, perSecond, paidBroadcast: perSecond > FREE_RATE };
}

/** Backoff for 5xx and network errors: 2, 4, 8 … s, at most 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, attempts));
}

/** After this many failed attempts a row is marked failed (kept, with its reason). */
export const MAX_ATTEMPTS = 8;
