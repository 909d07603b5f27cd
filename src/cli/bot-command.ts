import { systemClock } from '../clock.js';
import { createSendBudget } from '../delivery/create-send-budget.js';
import { sendLimitsForRate } from '../delivery/send-limits.js';
import { ConfigError } from '../errors.js';
import { createLogger } from '../logger.js';
import { createMetrics } from '../metrics/create-metrics.js';
import { instrumentLlm } from '../metrics/instrument-llm.js';
import { loadBilingualDictionary } from '../search/load-bilingual-dictionary.js';
import { openStoreAt } from '../store/open-store-at.js';
import { telegramPresenter } from '../telegram/presenter.js';
import { runBot } from '../telegram/run-bot.js';
import { StartupAborted } from '../app/run-start-step.js';
import { type Services, alertsHook, startServices } from '../app/start-services.js';
import { llmFromConfig } from './ask-command.js';
import { describeReindex } from '../store/reindex-report.js';
import type { CommandContext } from './cli-io.js';

/**
 * `wirebrief bot`: the Telegram bot with the scheduler, the sender, the live sources and the HTTP
 * surface, until SIGINT/SIGTERM; in-flight updates finish, the services stop (the sender after the
 * message in flight), then the store closes. Start-up logs each step and gives up on one that takes
 * too long (exit 1, one line); a signal during start-up stops it where it is (exit 0).
 */
export async function botCommand(ctx: CommandContext): Promise<number> {
  const token = ctx.config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigError(['TELEGRAM_BOT_TOKEN: required for `wirebrief bot` (without it, run `wirebrief chat`)']);
  const logger = createLogger(ctx.config.LOG_LEVEL);
  const stores = await openStoreAt(ctx.dbPath, { onReindexed: (report) => logger.info({ reindex: report }, describeReindex(report)) });
  // one bot per SQLite store: a second one would send what the first sends (issue 11.3); a
  // PostgreSQL store has no such lock (replicas share it)
  let lock: ReturnType<NonNullable<typeof stores.lockProcess>> | undefined;
  try {
    lock = stores.lockProcess?.('bot', { clock: systemClock });
  } catch (error) {
    await stores.close();
    throw error;
  }
  if (lock?.replaced) logger.warn({ stale: lock.replaced }, 'took over the store from a bot that is no longer running');
  logger.info({ db: ctx.dbPath }, 'store opened (migrations applied)');
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const metrics = createMetrics();
  const llm = llmFromConfig(ctx.config, logger);
  logger.info({ mode: llm ? 'llm' : 'extractive', model: llm ? ctx.config.OPENAI_MODEL : undefined }, 'answering mode');
  // one rate budget for the token: replies first, then the outbox
  const sendBudget = createSendBudget(sendLimitsForRate(ctx.config.WIREBRIEF_SEND_RATE).perSecond, systemClock);
  const deps = { config: ctx.config, stores, llm: llm && instrumentLlm(llm, metrics), logger, clock: systemClock, presenter: telegramPresenter, metrics, sendBudget, dictionary: loadBilingualDictionary(logger) };
  let services: Services | null = null;
  try {
    services = await startServices(deps, token, { signal: controller.signal, stepTimeoutMs: ctx.config.WIREBRIEF_STARTUP_TIMEOUT_MS });
    await runBot(token, { ...deps, onIngested: alertsHook(deps) }, controller.signal, services.http.server ? { server: services.http.server } : {});
    logger.info('bot stopped');
  } catch (error) {
    if (!(error instanceof StartupAborted)) throw error;
    logger.info(`bot stopped: ${error.message}`);
  } finally {
    await services?.stop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    lock?.release();
    await stores.close();
  }
  return 0;
}
