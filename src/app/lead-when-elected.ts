import type { Logger } from '../logger.js';
import type { LeaderLock } from '../store/leader-lock.js';

export interface Leadership {
  /** whether this process leads now */
  leading(): boolean;
  /** Stops leading (the leader's parts first, then the lock) and stops trying. */
  stop(): Promise<void>;
}

/**
 * How long a leader may hang before its lock is freed: four retry periods (the leader checks its
 * lock once a period, and its lock sends a heartbeat four times in this time), at least 10 s so a
 * leader slowed by a loaded machine or a long collection keeps it. 20 s at the default 5 s.
 */
export const leaderHangTimeoutMs = (retryMs: number) => Math.max(10_000, 4 * retryMs);

export interface LeadOptions {
  lock: LeaderLock;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** how often a process that does not lead tries the lock again */
  retryMs: number;
  /**
   * Starts the parts only the leader runs; returns their stop. Called each time this process
   * becomes the leader (again after a lost lock).
   */
  lead(): Promise<() => Promise<void>>;
}

/**
 * Replicas elect one leader: this process tries the lock now and then every `retryMs` until it
 * holds it, then starts the leader's parts, and goes on checking the lock as often. If the lock is
 * lost (its connection died or stopped answering), those parts stop and the process goes back to
 * trying, so at most one replica leads at a time. Resolves after
 * the first try (and, when it won, once the leader's parts have started).
 */
export async function leadWhenElected(options: LeadOptions): Promise<Leadership> {
  const { lock, logger, retryMs } = options;
  let stopped = false;
  let stopLeading: (() => Promise<void>) | null = null;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> = Promise.resolve();

  const stepDown = async (reason: string) => {
    const stop = stopLeading;
    stopLeading = null;
    if (stop) {
      if (!stopped) logger.warn({ reason }, 'no longer the leader: scheduler, sender and sources stopped');
      await stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the leader parts failed'));
    }
  };
  const schedule = () => {
    // a failure is logged in tryLead, which tries again itself
    if (!stopped) timer = setTimeout(() => void (attempt = tryLead().catch(() => {})), retryMs);
  };
  let first = true;
  const tryLead = async (): Promise<void> => {
    if (stopped) return;
    const starting = first;
    first = false;
    let won = false;
    try {
      won = await lock.tryAcquire((error) => void stepDown(error.message));
    } catch (error) {
      logger.warn({ err: error }, 'leader lock unavailable; trying again');
    }
    if (!won || stopped) {
      if (won) await lock.release();
      if (!won) await stepDown('the leader lock connection failed');
      return schedule();
    }
    // the leader checks its lock as often as the others try it
    if (stopLeading) return schedule();
    logger.info('leader: running the scheduler, the sender and the sources');
    try {
      stopLeading = await options.lead();
      schedule();
    } catch (error) {
      logger.error({ err: error }, 'starting the leader parts failed; giving up the lead');
      await lock.release();
      // at start-up the failure is the start's (the process exits); later, another try
      if (starting) stopped = true;
      else schedule();
      throw error;
    }
  };

  await (attempt = tryLead());
  if (!stopLeading) logger.info({ retryMs }, 'another replica leads; serving updates and trying the leader lock again');
  return {
    leading: () => stopLeading !== null,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await attempt.catch(() => {});
      await stepDown('stopping');
      await lock.release();
    },
  };
}
