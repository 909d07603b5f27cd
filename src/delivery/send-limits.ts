/** Telegram's limits as the sender keeps them (configurable; paid broadcasts allow up to 1000/s overall). */
export interface SendLimits {
  perSecond: number;
  /** minimum gap between two messages to one private chat */
  privateGapMs: number;
  /** minimum gap between two messages to one group (20 a minute) */
  groupGapMs: number;
}

export const telegramLimits: SendLimits = { perSecond: 30, privateGapMs: 1000, groupGapMs: 3000 };

/** Backoff for 5xx and network errors: 2, 4, 8 … s, at most 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 2000 * 2 ** Math.max(0, attempts));
}

/** After this many failed attempts a row is marked failed (kept, with its reason). */
export const MAX_ATTEMPTS = 8;
