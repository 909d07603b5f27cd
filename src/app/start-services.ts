import { Api } from 'grammy';
import type { Deps } from '../deps.js';
import { enqueueAlerts } from '../digest/enqueue-alerts.js';
import { sendLimitsForRate } from '../delivery/send-limits.js';
import { startSender } from '../delivery/start-sender.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { startScheduler } from '../scheduler/start-scheduler.js';
import { startFeedPoller } from '../sources/start-feed-poller.js';
import { startHttpInbox } from '../sources/start-http-inbox.js';
import { startInboxWatcher } from '../sources/start-inbox-watcher.js';
import { escapeHtml } from '../telegram/format-html.js';

/** The alerts hook every source calls after an ingest that added dispatches. */
export function alertsHook(deps: Pick<Deps, 'stores' | 'logger' | 'clock'>) {
  return async (report: IngestReport) => {
    const added = report.dispatches.filter((d) => !d.duplicate).map((d) => d.id);
    await enqueueAlerts(deps, added, deps.clock.now()).catch((error: unknown) => deps.logger.error({ err: error }, 'alerts failed'));
  };
}

/**
 * Everything that runs beside the bot: the digest scheduler, the outbox sender, and the live
 * sources the config turns on (feeds, HTTP inbox, watched folder). Returns one stop for all.
 */
export async function startServices(deps: Deps, token: string): Promise<{ stop(): Promise<void> }> {
  const onIngested = alertsHook(deps);
  const { config, stores, logger, clock } = deps;
  const stops: Array<() => unknown> = [];

  const scheduler = await startScheduler(deps);
  stops.push(() => scheduler.stop());
  const limits = sendLimitsForRate(config.WIREBRIEF_SEND_RATE);
  const sender = await startSender({
    api: new Api(token, { apiRoot: config.TELEGRAM_API_ROOT }), outbox: stores.outbox, subscribers: stores.subscribers, clock, logger, limits,
    ...(deps.sendBudget ? { budget: deps.sendBudget } : {}),
  });
  stops.push(() => sender.stop());

  const onFeedFailing = async (feed: { url: string }, reason: string) => {
    const now = clock.now();
    const text = `<b>Feed failing</b>\n${escapeHtml(feed.url)}\n${escapeHtml(reason)}`;
    const day = now.toISOString().slice(0, 10);
    await stores.outbox.enqueue(config.WIREBRIEF_ADMINS.map((chatId) => ({ key: `feed-failing:${feed.url}:${day}:${chatId}`, chatId, kind: 'broadcast', text, notBefore: now.toISOString() })), now);
  };
  const poller = startFeedPoller(deps, { onIngested, onFeedFailing });
  stops.push(() => poller.stop());
  if (config.WIREBRIEF_HTTP_PORT !== undefined && config.WIREBRIEF_HTTP_TOKEN) {
    const inbox = await startHttpInbox(deps, { port: config.WIREBRIEF_HTTP_PORT, host: config.WIREBRIEF_HTTP_HOST, token: config.WIREBRIEF_HTTP_TOKEN, onIngested });
    stops.push(() => inbox.close());
  }
  if (config.WIREBRIEF_INBOX) {
    const watcher = await startInboxWatcher(deps, { dir: config.WIREBRIEF_INBOX, onIngested });
    stops.push(() => watcher.stop());
  }
  return {
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
