import { StartupError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Start-up was stopped by SIGTERM/SIGINT before it finished: not a failure, the process ends cleanly. */
export class StartupAborted extends Error {
  constructor(step: string) {
    super(`start-up stopped during "${step}"`);
    this.name = 'StartupAborted';
  }
}

export interface StartStepOptions {
  logger: Logger;
  /** aborted by SIGTERM/SIGINT */
  signal: AbortSignal;
  /** how long the step may take */
  timeoutMs: number;
  /** what to check when it does not finish in time */
  hint?: string;
}

/**
 * Runs one start-up step: says what it is doing (one log line), and gives up after `timeoutMs`
 * with one clear StartupError, or at once when `signal` aborts (StartupAborted). The step gets a
 * signal that aborts in both cases, so a network call it makes is cancelled, not left running.
 */
export async function runStartStep<T>(name: string, options: StartStepOptions, step: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { logger, signal, timeoutMs } = options;
  if (signal.aborted) throw new StartupAborted(name);
  logger.info({ step: name }, `starting: ${name}`);
  const local = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      reject(new StartupError(`start-up gave up on "${name}" after ${seconds} s${options.hint ? `: ${options.hint}` : ''}`, { step: name, timeoutMs }));
    }, timeoutMs);
    onAbort = () => reject(new StartupAborted(name));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const work = step(local.signal);
  try {
    return await Promise.race([work, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    local.abort();
    // A step abandoned on timeout or abort may still reject later: that is expected, not unhandled.
    work.catch(() => {});
  }
}
