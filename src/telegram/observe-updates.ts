import type { MiddlewareFn } from 'grammy';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/create-metrics.js';
import type { BotContext } from './bot-context.js';

/**
 * The first middleware: gives each update its own child logger (`ctx.log`, carrying the update id
 * and chat), logs one line when the update is handled with its duration, and counts and times it.
 */
export function observeUpdates(deps: { logger: Logger; metrics?: Metrics | undefined; now?: () => number }): MiddlewareFn<BotContext> {
  const now = deps.now ?? (() => performance.now());
  return async (ctx, next) => {
    const started = now();
    const type = Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
    ctx.log = deps.logger.child({ update: ctx.update.update_id, chat: ctx.chat?.id, type });
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const ms = now() - started;
      deps.metrics?.updates.inc({ type });
      deps.metrics?.updateSeconds.observe(ms / 1000);
      ctx.log[failed ? 'warn' : 'debug']({ durationMs: Math.round(ms), failed }, 'update handled');
    }
  };
}
