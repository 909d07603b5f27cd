import type { SenderDeps } from './create-sender.js';
import { createSender } from './create-sender.js';

/**
 * Runs the sender until stopped. Rows a killed process left `sending` go back to pending first:
 * such a message may reach its chat twice, never more (it is marked sent right after Telegram accepts it).
 */
export async function startSender(deps: SenderDeps, idleMs = 1000): Promise<{ stop(): Promise<void> }> {
  const requeued = await deps.outbox.requeueInFlight();
  if (requeued > 0) deps.logger.warn({ requeued }, 'messages left in flight by the last run are sent again');
  const sender = createSender(deps);
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        if ((await sender.drain()) === 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
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
    },
  };
}
