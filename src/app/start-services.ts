import { Api } from 'grammy';
import type { Deps } from '../deps.js';
import { enqueueAlerts } from '../digest/enqueue-alerts.js';
import { sendLimitsForRate } from '../delivery/send-limits.js';
import { startSender } from '../delivery/start-sender.js';
import { type HttpSurface, startHttpSurface } from '../http/start-http-surface.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { countTelegramCalls } from '../metrics/count-telegram-calls.js';
import { type Metrics, createMetrics } from '../metrics/create-metrics.js';
import type { OutboxStore } from '../store/outbox-store.js';
import { startScheduler } from '../scheduler/start-scheduler.js';
import { startFeedPoller } from '../sources/start-feed-poller.js';
import { startInboxWatcher } from '../sources/start-inbox-watcher.js';
import { escapeHtml } from '../telegram/format-html.js';

/** The alerts hook every source calls after an ingest that added dispatches. */
export function alertsHook(deps: Pick<Deps, 'stores' | 'logger' | 'clock' | 'metrics'>) {
  return async (report: IngestReport) => {
    const added = report.dispatches.filter((d) => !d.duplicate).map((d) => d.id);
    deps.metrics?.dispatchesIngested.inc(added.length);
    await enqueueAlerts(deps, added, deps.clock.now()).catch((error: unknown) => deps.logger.error({ err: error }, 'alerts failed'));
  };
}

/**
 * The outbox as the sender sees it, each claim a heartbeat for /healthz (the sender claims at least
 * once a second when idle). A proxy, so a store built as a class keeps its methods and `this`.
 */
function withSenderHeartbeat(outbox: OutboxStore, metrics: Metrics, clock: Deps['clock']): OutboxStore {
  const claimDue: OutboxStore['claimDue'] = (now, limit) => {
    metrics.beat('sender', clock.now());
    return outbox.claimDue(now, limit);
  };
  return new Proxy(outbox, {
    get(target, property) {
      if (property === 'claimDue') return claimDue;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface Services {
  /** the HTTP surface (the bot mounts its webhook on `http.server`) */
  http: HttpSurface;
  stop(): Promise<void>;
}

/**
 * Everything that runs beside the bot: the digest scheduler, the outbox sender, the live sources
 * the config turns on (feeds, HTTP inbox, watched folder) and the HTTP surface (/healthz,
 * /metrics). One log line per start-up step. Returns one stop for all, in reverse order.
 */
export async function startServices(deps: Deps, token: string): Promise<Services> {
  const metrics = deps.metrics ?? createMetrics();
  deps = { ...deps, metrics };
  const onIngested = alertsHook(deps);
  const { config, stores, logger, clock } = deps;
  const stops: Array<() => unknown> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    metrics.watchOutbox(() => stores.outbox.counts());

    const scheduler = await startScheduler(deps);
    stops.push(() => scheduler.stop());
    logger.info('start-up: digest scheduler started (one tick a minute; missed digests caught up)');
    const limits = sendLimitsForRate(config.WIREBRIEF_SEND_RATE);
    const api = new Api(token, { apiRoot: config.TELEGRAM_API_ROOT });
    api.config.use(countTelegramCalls(metrics));
    const sender = await startSender({ api, outbox: withSenderHeartbeat(stores.outbox, metrics, clock), subscribers: stores.subscribers, clock, logger, limits });
    stops.push(() => sender.stop());
    logger.info({ perSecond: limits.perSecond }, 'start-up: outbox sender started');

    const onFeedFailing = async (feed: { url: string }, reason: string) => {
      const now = clock.now();
      const text = `<b>Feed failing</b>\n${escapeHtml(feed.url)}\n${escapeHtml(reason)}`;
      const day = now.toISOString().slice(0, 10);
      await stores.outbox.enqueue(config.WIREBRIEF_ADMINS.map((chatId) => ({ key: `feed-failing:${feed.url}:${day}:${chatId}`, chatId, kind: 'broadcast', text, notBefore: now.toISOString() })), now);
    };
    const poller = startFeedPoller(deps, { onIngested, onFeedFailing });
    stops.push(() => poller.stop());
    logger.info({ configured: config.WIREBRIEF_FEEDS.length }, 'start-up: feed poller started');
    if (config.WIREBRIEF_INBOX) {
      const watcher = await startInboxWatcher(deps, { dir: config.WIREBRIEF_INBOX, onIngested });
      stops.push(() => watcher.stop());
      logger.info({ dir: config.WIREBRIEF_INBOX }, 'start-up: watching the inbox folder');
    }
    const http = await startHttpSurface({ ...deps, metrics }, { onIngested });
    stops.push(() => http.close());
    logger.info({ public: http.server?.port ?? null, ops: http.ops?.port ?? null }, http.server || http.ops ? 'start-up: http surface listening' : 'start-up: http surface off (no port set)');
    return { http, stop: stopAll };
  } catch (error) {
    // a step that failed (a port in use) leaves nothing running behind it
    await stopAll();
    throw error;
  }
}
