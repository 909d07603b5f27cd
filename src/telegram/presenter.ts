import type { Config } from '../config.js';
import type { AlertOptions } from '../digest/enqueue-alerts.js';
import type { Presenter } from '../digest/presenter.js';
import { renderAlert } from './render-alert.js';
import { renderDigest } from './render-digest.js';

/** The Telegram rendering of digests and alerts (HTML from the Fluent files), handed to the scheduler and the alerts hook. */
export const telegramPresenter: Presenter = { digest: renderDigest, alert: renderAlert };

/** How alerts are rendered and spaced (WIREBRIEF_ALERT_GAP_MINUTES), for every path that queues them. */
export function alertOptions(config: Pick<Config, 'WIREBRIEF_ALERT_GAP_MINUTES'>): AlertOptions {
  return { render: telegramPresenter.alert, updateGapMs: config.WIREBRIEF_ALERT_GAP_MINUTES * 60_000 };
}
