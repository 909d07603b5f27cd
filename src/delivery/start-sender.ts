import type { SenderDeps } from './create-sender.js';
import { createSender } from './create-sender.js';

/**
 * Runs the sender until stopped. Nothing is reset at start: rows another sender holds stay its
 * own, and rows of a sender that died return to the queue when their lease runs out (60 s by
 * default). The bound on a repeat: a row is marked sent right after Telegram accepts it and at most
 * K messages are in flight, so a kill repeats at most those K, once each; rows claimed but not yet
 * tried are sent once. Telegram has no idempotency key, so no sender can do better than "at most
 * once more for what was in flight". Several senders may share one store.
 */
export async function startSender(deps: SenderDeps, idleMs = 1000): Promise<{ stop(): Promise<void> }> {
  const sender = createSender(deps);
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        await sender.run(() => !running, idleMs);
      } catch (error) {
        deps.logger.error({ err: error }, 'sender run failed');
        await new Promise((resolve) => setTimeout(resolve, idleMs));
      }
    }
  })();
  return {
    async stop() {
      running = false;
      sender.wake();
      await loop;
      // rows claimed but not tried go back at once (stop returns after the messages in flight)
      await sender.release();
    },
  };
}
