import cron from 'node-cron';
import type { Deps } from '../deps.js';
import { sendHeldAlerts } from '../digest/enqueue-alerts.js';
import { runDigestTick } from './run-digest-tick.js';

/**
 * One tick a minute (node-cron, no overlap); the first tick runs at once, which catches up the
 * digests missed while the process was down. The clock is read once per tick. Each tick also sends
 * the update alerts held back for the hour whose hour has passed.
 */
export async function startScheduler(deps: Pick<Deps, 'stores' | 'llm' | 'logger' | 'clock' | 'presenter'> & Partial<Pick<Deps, 'config'>>): Promise<{ stop(): void }> {
  const tick = async () => {
    const now = deps.clock.now();
    try {
      await runDigestTick(deps, now);
    } catch (error) {
      deps.logger.error({ err: error }, 'digest tick failed');
    }
    try {
      await sendHeldAlerts(deps, now);
    } catch (error) {
      deps.logger.error({ err: error }, 'held alerts failed');
    }
  };
  await tick();
  const task = cron.schedule('* * * * *', tick, { noOverlap: true, name: 'digests' });
  return { stop: () => void task.stop() };
}
