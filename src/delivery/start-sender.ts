import type { SenderDeps } from './create-sender.js';
import { createSender } from './create-sender.js';

/**
 * Runs the sender until stopped. Rows a killed process left `sending` go back to pending first.
 * The bound on a repeat: a row is marked sent right after Telegram accepts it, and one message (one
 * part of a split one) is in flight at a time, so a kill repeats at most that one message, once;
 * rows claimed but not yet tried are sent once. Telegram has no idempotency key, so no sender can
 * do better than "at most once more for what was in flight". One sender per store: a second one
 * starting would requeue the first one's rows.
 */
export async function startSender(deps: SenderDeps, idleMs = 1000): Promise<{ stop(): Promise<void> }> {
  const requeued = await deps.outbox.requeueInFlight();
  if (requeued > 0) deps.logger.warn({ requeued }, 'messages left in flight by the last run are sent again');
  const sender = createSender(deps);
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        if ((await sender.drain(200, () => !running)) === 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
      } catch (error) {
        deps.logger.error({ err: error }, 'sender run failed');
        await new Promise((resolve) => setTimeout(resolve, idleMs));
      }
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      // rows claimed but not tried go back at once (stop returns after the message in flight)
      await deps.outbox.requeueInFlight();
    },
  };
}
