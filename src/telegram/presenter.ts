import type { Presenter } from '../digest/presenter.js';
import { renderAlert } from './render-alert.js';
import { renderDigest } from './render-digest.js';

/** The Telegram rendering of digests and alerts (HTML from the Fluent files), put in Deps by whoever wires the app. */
export const telegramPresenter: Presenter = { digest: renderDigest, alert: renderAlert };
