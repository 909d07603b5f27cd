import type { AddressInfo } from 'node:net';
import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { GrammyError, webhookCallback } from 'grammy';
import { DEFAULT_HTTP_TIMEOUTS } from '../app/http-timeouts.js';
import { StartupAborted, runStartStep } from '../app/run-start-step.js';
import { ConfigError } from '../errors.js';
import { type HttpServer, startHttpServer } from '../http/start-http-server.js';
import type { BotContext, BotDeps } from './bot-context.js';
import { createBot, registerCommands } from './create-bot.js';
import type { Bot } from 'grammy';

export interface RunBotOptions {
  /** called once the webhook server listens (tests learn the port when WEBHOOK_PORT is 0) */
  onListening?: (address: AddressInfo) => void;
  /** the process's HTTP server, to mount the webhook on; absent, the webhook gets its own on WEBHOOK_PORT */
  server?: HttpServer;
}

/** grammY types its signals with the abort-controller polyfill's type; the platform's is the same at run time. */
type GrammySignal = Parameters<Bot['init']>[0];

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'channel_post', 'edited_channel_post', 'my_chat_member'] as const;

/** getMe, with a rejected token reported as the configuration problem it is. */
async function initBot(bot: Bot<BotContext>, signal: AbortSignal): Promise<void> {
  try {
    await bot.init(signal as GrammySignal);
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      throw new ConfigError(['TELEGRAM_BOT_TOKEN: Telegram rejected the token (401 Unauthorized); check it with @BotFather']);
    }
    throw error;
  }
}

/** Serves Telegram's webhook calls until `signal` aborts; a wrong or missing secret header gets 401. */
async function serveWebhook(bot: Bot<BotContext>, deps: BotDeps, signal: AbortSignal, options: RunBotOptions): Promise<void> {
  const { WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_PORT } = deps.config;
  const step = startStep(deps, signal);
  handleOnce(bot, deps);
  // An answer may outlast Telegram's patience: reply 200 and finish in the background rather than get the update again.
  const handle = webhookCallback(bot, 'http', { secretToken: WEBHOOK_SECRET, onTimeout: 'return', timeoutMilliseconds: 25_000 });
  const path = new URL(WEBHOOK_URL as string).pathname;
  // Telegram waits up to a minute for an answer; headers and body arrive at once.
  const timeouts = { ...DEFAULT_HTTP_TIMEOUTS, requestMs: 60_000 };
  const own = options.server
    ? null
    : await step('webhook server', () => startHttpServer({ port: WEBHOOK_PORT ?? 8080, logger: deps.logger, name: 'webhook server', timeouts }));
  const server = (options.server ?? own) as HttpServer;
  server.route('POST', path, (req, res) =>
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'webhook update failed');
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
  try {
    await step('setWebhook', (stepSignal) =>
      bot.api.setWebhook(WEBHOOK_URL as string, { secret_token: WEBHOOK_SECRET as string, allowed_updates: [...ALLOWED_UPDATES] }, stepSignal as GrammySignal),
    );
  } catch (error) {
    await own?.close();
    throw error;
  }
  deps.logger.info({ port: server.port, path }, 'webhook set');
  options.onListening?.({ address: '127.0.0.1', family: 'IPv4', port: server.port });
  if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  // close() lets the requests in flight finish: their updates are answered before we return. A
  // shared server is closed by its owner, after the bot stops.
  await own?.close();
}

/**
 * Replicas behind one webhook URL: an update is recorded before it is handled, and one already
 * recorded (Telegram delivered it twice, to this replica or another) is answered 200 and dropped.
 * Without `claimUpdate` (SQLite) every update is handled, as before.
 */
function handleOnce(bot: Bot<BotContext>, deps: BotDeps): void {
  const claim = deps.stores.claimUpdate?.bind(deps.stores);
  if (!claim) return;
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    if (!(await claim(update.update_id))) {
      deps.logger.debug({ updateId: update.update_id }, 'update already handled; dropped');
      return;
    }
    return handleUpdate(update, webhookReplyEnvelope);
  };
}

/** Start-up steps of the bot: logged, bounded by WIREBRIEF_STARTUP_TIMEOUT_MS, stopped by `signal`. */
function startStep(deps: BotDeps, signal: AbortSignal) {
  const timeoutMs = deps.config.WIREBRIEF_STARTUP_TIMEOUT_MS;
  const hint = `no answer from the Telegram Bot API at ${deps.config.TELEGRAM_API_ROOT}; check the network or TELEGRAM_API_ROOT`;
  return <T>(name: string, run: (stepSignal: AbortSignal) => Promise<T>) => runStartStep(name, { logger: deps.logger, signal, timeoutMs, hint }, run);
}

/**
 * Runs the bot until `signal` aborts: long polling through the runner (one chat's updates in
 * order, chats in parallel), or a webhook server when WEBHOOK_URL is set. In-flight updates finish
 * before it returns, so the caller may close the store right after.
 */
export async function runBot(token: string, deps: BotDeps, signal: AbortSignal, options: RunBotOptions = {}): Promise<void> {
  const bot = createBot(token, deps);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  const step = startStep(deps, signal);
  const optional = (error: unknown, what: string) => {
    if (error instanceof StartupAborted) throw error;
    deps.logger.warn({ err: error }, `${what} failed; going on`);
  };
  await step('getMe (Telegram Bot API)', (stepSignal) => initBot(bot, stepSignal));
  await step('setMyCommands', () => registerCommands(bot, deps.logger)).catch((error: unknown) => optional(error, 'setMyCommands'));

  if (deps.config.WEBHOOK_URL && deps.config.WEBHOOK_SECRET) return serveWebhook(bot, deps, signal, options);

  await step('deleteWebhook', (stepSignal) => bot.api.deleteWebhook(undefined, stepSignal as GrammySignal)).catch((error: unknown) => optional(error, 'deleteWebhook'));
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  deps.logger.info({ username: bot.botInfo.username }, 'bot polling');
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= runner.stop();
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  await runner.task();
  await stopping;
}
