import { isStoreBusy } from '../store/is-store-busy.js';

export interface BusyRetryOptions {
  /** tries in all (default 4) */
  attempts?: number;
  /** wait before the first retry, doubled after each (default 500 ms) */
  delayMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

/**
 * Runs `step`, and again after a pause while the store says it is busy (another process is
 * writing), at most `attempts` times; other errors, and the last busy one, are thrown. The pause
 * is a timer, so the event loop goes on serving while another writer finishes.
 */
export async function retryWhileBusy<T>(step: () => Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  let delay = options.delayMs ?? 500;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= attempts || !isStoreBusy(error)) throw error;
      options.onRetry?.(attempt, error);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
