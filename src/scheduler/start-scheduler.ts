import cron from 'node-cron';
import type { Deps } from '../deps.js';
import { sendHeldAlerts } from '../digest/enqueue-alerts.js';
import type { Presenter } from '../digest/presenter.js';
import { runDigestTick } from './run-digest-tick.js';

export interface SchedulerOptions {
  /** how digests and alerts become text (the wiring hands in telegram/'s) */
  render: Presenter;
  /** least time between two update alerts of one story to one subscriber */
  updateGapMs?: number;
}

/**
 * One tick a minute (node-cron, no overlap); the first tick runs at once, which catches up the
 * digests missed while the process was down. The clock is read once per tick. Each tick also sends
 * the update alerts held back for the hour whose hour has passed.
 */
export async function startScheduler(deps: Pick<Deps, 'stores' | 'llm' | 'logger' | 'clock'>, options: SchedulerOptions): Promise<{ stop(): void }> {
  const alertOptions = { render: options.render.alert, ...(options.updateGapMs === undefined ? {} : { updateGapMs: options.updateGapMs }) };
  const tick = async () => {
    const now = deps.clock.now();
    try {
      await runDigestTick(deps, now, options.render.digest);
    } catch (error) {
      deps.logger.error({ err: error }, 'digest tick failed');
    }
    try {
      await sendHeldAlerts(deps, now, alertOptions);
    } catch (error) {
      deps.logger.error({ err: error }, 'held alerts failed');
    }
  };
  await tick();
  const task = cron.schedule('* * * * *', tick, { noOverlap: true, name: 'digests' });
  return { stop: () => void task.stop() };
}
