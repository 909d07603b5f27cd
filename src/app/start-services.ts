import { Api } from 'grammy';
import type { Deps } from '../deps.js';
import { enqueuePendingAlerts } from '../digest/enqueue-pending-alerts.js';
import { sendLimitsForRate } from '../delivery/send-limits.js';
import { startSender } from '../delivery/start-sender.js';
import { createPreparePool } from '../ingest/create-prepare-pool.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { startScheduler } from '../scheduler/start-scheduler.js';
import { startFeedPoller } from '../sources/start-feed-poller.js';
import { startHttpInbox } from '../sources/start-http-inbox.js';
import { startInboxWatcher } from '../sources/start-inbox-watcher.js';
import { renderFeedFailing } from '../telegram/render-feed-failing.js';
import { runStartStep } from './run-start-step.js';

/**
 * The alerts hook every source calls after an ingest that added dispatches: queues the alerts of
 * every dispatch not yet alerted (this report's, and any an interrupted run left).
 */
export function alertsHook(deps: Pick<Deps, 'stores' | 'logger' | 'clock' | 'presenter'>) {
  return async (_report?: IngestReport) => {
    await enqueuePendingAlerts(deps, deps.clock.now()).catch((error: unknown) => deps.logger.error({ err: error }, 'alerts failed'));
  };
}

export interface StartServicesOptions {
  /** aborted by SIGTERM/SIGINT: start-up stops where it is */
  signal?: AbortSignal;
  /** how long one start-up step may take (default 30 s) */
  stepTimeoutMs?: number;
}

/**
 * Everything that runs beside the bot: the digest scheduler, the outbox sender, and the live
 * sources the config turns on (feeds, HTTP inbox, watched folder). Each start is a step that logs
 * what it does and is bounded in time; when one fails or start-up is stopped, what already started
 * is stopped again before the error is thrown. Returns one stop for all.
 */
export async function startServices(deps: Deps, token: string, options: StartServicesOptions = {}): Promise<{ stop(): Promise<void> }> {
  const onIngested = alertsHook(deps);
  const { config, stores, logger, clock } = deps;
  const stops: Array<() => unknown> = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  const timeoutMs = options.stepTimeoutMs ?? 30_000;
  /** `slow`: a step that does catch-up work (missed digests, alerts), bounded at ten steps' time. */
  const step = <T>(name: string, run: () => Promise<T>, slow = false) =>
    runStartStep(name, { logger, signal: options.signal ?? new AbortController().signal, timeoutMs: slow ? timeoutMs * 10 : timeoutMs }, run);

  try {
    await step('alerts a previous run left unqueued', () => enqueuePendingAlerts(deps, clock.now()), true);
    const scheduler = await step('digest scheduler (catching up missed digests)', () => startScheduler(deps), true);
    stops.push(() => scheduler.stop());
    const limits = sendLimitsForRate(config.WIREBRIEF_SEND_RATE);
    const sender = await step('outbox sender', () =>
      startSender({
        api: new Api(token, { apiRoot: config.TELEGRAM_API_ROOT }), outbox: stores.outbox, subscribers: stores.subscribers, clock, logger, limits,
        ...(deps.sendBudget ? { budget: deps.sendBudget } : {}),
      }),
    );
    stops.push(() => sender.stop());

    const onFeedFailing = async (feed: { url: string }, reason: string) => {
      const now = clock.now();
      const day = now.toISOString().slice(0, 10);
      const text = async (chatId: number) => renderFeedFailing(feed.url, reason, (await stores.subscribers.get(chatId))?.lang ?? 'en');
      await stores.outbox.enqueue(await Promise.all(config.WIREBRIEF_ADMINS.map(async (chatId) => ({ key: `feed-failing:${feed.url}:${day}:${chatId}`, chatId, kind: 'broadcast' as const, text: await text(chatId), notBefore: now.toISOString() }))), now);
    };
    const poller = await step('feed poller', async () => startFeedPoller(deps, { onIngested, onFeedFailing }));
    stops.push(() => poller.stop());
    const inboxOn = config.WIREBRIEF_HTTP_PORT !== undefined && Boolean(config.WIREBRIEF_HTTP_TOKEN);
    if (!inboxOn && !config.WIREBRIEF_INBOX) return { stop: stopAll };

    // Wire text posted or dropped is prepared (decoded, parsed, analysed) in a worker, off the event loop.
    const pool = createPreparePool(1);
    stops.push(() => pool.close());
    const prepare = pool.prepare.bind(pool);
    if (inboxOn) {
      const inbox = await step('HTTP inbox', () =>
        startHttpInbox(deps, { port: config.WIREBRIEF_HTTP_PORT as number, host: config.WIREBRIEF_HTTP_HOST, token: config.WIREBRIEF_HTTP_TOKEN as string, onIngested, prepare }),
      );
      stops.push(() => inbox.close());
    }
    if (config.WIREBRIEF_INBOX) {
      const dir = config.WIREBRIEF_INBOX;
      const agency = config.WIREBRIEF_INBOX_AGENCY;
      const watcher = await step('watched inbox folder', () =>
        startInboxWatcher(deps, { dir, onIngested, prepare, settleMs: config.WIREBRIEF_INBOX_SETTLE_MS, ...(agency ? { agency } : {}) }),
      );
      stops.push(() => watcher.stop());
    }
    return { stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
