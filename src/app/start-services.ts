import { Api } from 'grammy';
import type { Deps } from '../deps.js';
import { enqueuePendingAlerts } from '../digest/enqueue-pending-alerts.js';
import { sendLimitsForRate } from '../delivery/send-limits.js';
import { startSender } from '../delivery/start-sender.js';
import { createPreparePool } from '../ingest/create-prepare-pool.js';
import { type HttpSurface, publicListen, startHttpSurface } from '../http/start-http-surface.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { countTelegramCalls } from '../metrics/count-telegram-calls.js';
import { type Heartbeat, type Metrics, createMetrics } from '../metrics/create-metrics.js';
import { startScheduler } from '../scheduler/start-scheduler.js';
import type { OutboxStore } from '../store/outbox-store.js';
import { startFeedPoller } from '../sources/start-feed-poller.js';
import type { PrepareSource } from '../sources/ingest-inbox-file.js';
import { startInboxWatcher } from '../sources/start-inbox-watcher.js';
import { renderFeedFailing } from '../telegram/render-feed-failing.js';
import { leaderHangTimeoutMs, leadWhenElected } from './lead-when-elected.js';
import { runStartStep } from './run-start-step.js';

/**
 * The alerts hook every source calls after an ingest that added dispatches: queues the alerts of
 * every dispatch not yet alerted (this report's, and any an interrupted run left).
 */
export function alertsHook(deps: Pick<Deps, 'stores' | 'logger' | 'clock' | 'presenter' | 'metrics'>) {
  return async (report?: IngestReport) => {
    if (report) deps.metrics?.dispatchesIngested.inc(report.dispatches.filter((d) => !d.duplicate).length);
    await enqueuePendingAlerts(deps, deps.clock.now()).catch((error: unknown) => deps.logger.error({ err: error }, 'alerts failed'));
  };
}

/**
 * The outbox as the sender sees it, each claim a heartbeat for /healthz (the sender claims at least
 * once a second when idle). A proxy, so a store built as a class keeps its methods and `this`.
 */
function withSenderHeartbeat(outbox: OutboxStore, metrics: Metrics, clock: Deps['clock']): OutboxStore {
  const claimDue = (...args: Parameters<OutboxStore['claimDue']>) => {
    metrics.beat('sender', clock.now());
    return outbox.claimDue(...args);
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

export interface StartServicesOptions {
  /** aborted by SIGTERM/SIGINT: start-up stops where it is */
  signal?: AbortSignal;
  /** how long one start-up step may take (default 30 s) */
  stepTimeoutMs?: number;
}

/**
 * Everything that runs beside the bot: the digest scheduler, the outbox sender, the live sources
 * the config turns on (feeds, HTTP inbox, watched folder) and the HTTP surface (webhook, inbox,
 * /healthz, /metrics). Each start is a step that logs what it does and is bounded in time; when one
 * fails or start-up is stopped, what already started is stopped again before the error is thrown.
 * Returns one stop for all, in reverse order.
 */
export async function startServices(deps: Deps, token: string, options: StartServicesOptions = {}): Promise<Services> {
  const metrics = deps.metrics ?? createMetrics();
  deps = { ...deps, metrics };
  metrics.watchOutbox(() => deps.stores.outbox.counts());
  const onIngested = alertsHook(deps);
  const { config, stores, logger, clock } = deps;
  const stops: Array<() => unknown> = [];
  const stopAll = () => stopInReverse(stops);
  const timeoutMs = options.stepTimeoutMs ?? 30_000;
  /** `slow`: a step that does catch-up work (missed digests, alerts), bounded at ten steps' time. */
  const step = <T>(name: string, run: () => Promise<T>, slow = false) =>
    runStartStep(name, { logger, signal: options.signal ?? new AbortController().signal, timeoutMs: slow ? timeoutMs * 10 : timeoutMs }, run);

  const listen = publicListen(config);
  const inboxOn = listen !== null && Boolean(config.WIREBRIEF_HTTP_TOKEN);
  /**
   * The parts only the leader runs (on SQLite, the one process): the catch-up of alerts and
   * digests, the scheduler, the outbox sender, the feed poller, the watched folder. Returns their stop.
   */
  const startLeaderParts = async (prepare: PrepareSource | undefined) => {
    const leaderStops: Array<() => unknown> = [];
    const stopLeaderParts = () => stopInReverse(leaderStops);
    try {
      await step('alerts a previous run left unqueued', () => enqueuePendingAlerts(deps, clock.now()), true);
      const scheduler = await step('digest scheduler (catching up missed digests)', () => startScheduler(deps), true);
      leaderStops.push(() => scheduler.stop());
      const limits = sendLimitsForRate(config.WIREBRIEF_SEND_RATE);
      const api = new Api(token, { apiRoot: config.TELEGRAM_API_ROOT });
      api.config.use(countTelegramCalls(metrics));
      const outbox = withSenderHeartbeat(stores.outbox, metrics, clock);
      const sender = await step('outbox sender', () =>
        startSender({
          api, outbox, subscribers: stores.subscribers, clock, logger, limits,
          ...(deps.sendBudget ? { budget: deps.sendBudget } : {}),
        }),
      );
      leaderStops.push(() => sender.stop());

      const onFeedFailing = async (feed: { url: string }, reason: string) => {
        const now = clock.now();
        const day = now.toISOString().slice(0, 10);
        const text = async (chatId: number) => renderFeedFailing(feed.url, reason, (await stores.subscribers.get(chatId))?.lang ?? 'en');
        await stores.outbox.enqueue(await Promise.all(config.WIREBRIEF_ADMINS.map(async (chatId) => ({ key: `feed-failing:${feed.url}:${day}:${chatId}`, chatId, kind: 'broadcast' as const, text: await text(chatId), notBefore: now.toISOString() }))), now);
      };
      const poller = await step('feed poller', async () => startFeedPoller(deps, { onIngested, onFeedFailing }));
      leaderStops.push(() => poller.stop());
      if (config.WIREBRIEF_INBOX && prepare) {
        const dir = config.WIREBRIEF_INBOX;
        const watcherPrepare = prepare;
        const agency = config.WIREBRIEF_INBOX_AGENCY;
        const watcher = await step('watched inbox folder', () =>
          startInboxWatcher(deps, { dir, onIngested, prepare: watcherPrepare, settleMs: config.WIREBRIEF_INBOX_SETTLE_MS, ...(agency ? { agency } : {}) }),
        );
        leaderStops.push(() => watcher.stop());
      }
    } catch (error) {
      await stopLeaderParts();
      throw error;
    }
    return stopLeaderParts;
  };

  try {
    // Wire text posted or dropped is prepared (decoded, parsed, analysed) in a worker, off the event loop.
    let prepare: PrepareSource | undefined;
    if (inboxOn || config.WIREBRIEF_INBOX) {
      const pool = createPreparePool(1);
      stops.push(() => pool.close());
      prepare = pool.prepare.bind(pool);
    }
    const leaderLock = stores.leaderLock?.({ hangTimeoutMs: leaderHangTimeoutMs(config.WIREBRIEF_LEADER_RETRY_MS) });
    let healthExpects: (() => readonly Heartbeat[]) | undefined;
    if (leaderLock) {
      // replicas on PostgreSQL: one leader, the others take over when it dies
      const leadership = await step('leader election', () =>
        leadWhenElected({ lock: leaderLock, logger, retryMs: config.WIREBRIEF_LEADER_RETRY_MS, lead: () => startLeaderParts(prepare) }), true);
      stops.push(() => leadership.stop());
      healthExpects = () => (leadership.leading() ? ['scheduler', 'sender'] : []);
    } else {
      stops.push(await startLeaderParts(prepare));
    }
    const http = await step(listen?.what ?? 'HTTP surface', () => startHttpSurface(deps as Deps & { metrics: Metrics }, { onIngested, ...(prepare ? { prepare } : {}), ...(healthExpects ? { healthExpects } : {}) }));
    stops.push(() => http.close());
    return { http, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Runs and forgets the stops, last started first. */
async function stopInReverse(stops: Array<() => unknown>): Promise<void> {
  for (const stop of stops.splice(0).reverse()) await stop();
}
