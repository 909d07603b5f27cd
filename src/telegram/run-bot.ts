import type { AddressInfo } from 'node:net';
import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { GrammyError, webhookCallback } from 'grammy';
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

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'channel_post', 'edited_channel_post', 'my_chat_member'] as const;

/** getMe, with a rejected token reported as the configuration problem it is. */
async function initBot(bot: Bot<BotContext>): Promise<void> {
  try {
    await bot.init();
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
  // An answer may outlast Telegram's patience: reply 200 and finish in the background rather than get the update again.
  const handle = webhookCallback(bot, 'http', { secretToken: WEBHOOK_SECRET, onTimeout: 'return', timeoutMilliseconds: 25_000 });
  const path = new URL(WEBHOOK_URL as string).pathname;
  const own = options.server ? null : await startHttpServer({ port: WEBHOOK_PORT ?? 8080, logger: deps.logger, name: 'webhook' });
  const server = (options.server ?? own) as HttpServer;
  server.route('POST', path, (req, res) =>
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'webhook update failed');
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
  await bot.api.setWebhook(WEBHOOK_URL as string, { secret_token: WEBHOOK_SECRET as string, allowed_updates: [...ALLOWED_UPDATES] });
  deps.logger.info({ port: server.port, path }, 'webhook set');
  options.onListening?.({ address: '127.0.0.1', family: 'IPv4', port: server.port });
  if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  // close() lets the requests in flight finish: their updates are answered before we return. A
  // shared server is closed by its owner, after the bot stops.
  await own?.close();
}

/**
 * Runs the bot until `signal` aborts: long polling through the runner (one chat's updates in
 * order, chats in parallel), or a webhook server when WEBHOOK_URL is set. In-flight updates finish
 * before it returns, so the caller may close the store right after.
 */
export async function runBot(token: string, deps: BotDeps, signal: AbortSignal, options: RunBotOptions = {}): Promise<void> {
  const bot = createBot(token, deps);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  await initBot(bot);
  await registerCommands(bot, deps.logger);

  if (deps.config.WEBHOOK_URL && deps.config.WEBHOOK_SECRET) return serveWebhook(bot, deps, signal, options);

  await bot.api.deleteWebhook().catch((error: unknown) => deps.logger.warn({ err: error }, 'deleteWebhook failed'));
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
