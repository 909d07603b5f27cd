import { createServer } from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { webhookCallback } from 'grammy';
import type { BotDeps } from './bot-context.js';
import { createBot, registerCommands } from './create-bot.js';

/**
 * Runs the bot until `signal` aborts: long polling through the runner (one chat's updates in
 * order, chats in parallel), or a webhook server when WEBHOOK_URL is set. In-flight updates finish
 * before it returns.
 */
export async function runBot(token: string, deps: BotDeps, signal: AbortSignal): Promise<void> {
  const bot = createBot(token, deps);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  await registerCommands(bot, deps.logger);
  const { WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_PORT } = deps.config;

  if (WEBHOOK_URL && WEBHOOK_SECRET) {
    await bot.init();
    const handle = webhookCallback(bot, 'http', { secretToken: WEBHOOK_SECRET });
    const server = createServer((req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      void handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(WEBHOOK_PORT ?? 8080, resolve));
    await bot.api.setWebhook(WEBHOOK_URL, { secret_token: WEBHOOK_SECRET });
    deps.logger.info({ port: WEBHOOK_PORT ?? 8080 }, 'webhook server listening');
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return;
  }

  await bot.init();
  const runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'channel_post', 'edited_channel_post'] } } });
  deps.logger.info({ username: bot.botInfo.username }, 'bot polling');
  const stop = () => {
    if (runner.isRunning()) void runner.stop();
  };
  signal.addEventListener('abort', stop, { once: true });
  await runner.task();
}
