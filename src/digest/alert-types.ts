import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { Subscriber } from '../store/subscriber-store.js';
import type { StoryChange } from './find-changes.js';

/**
 * An alert as data: the first tells the story; an update names what changed; a correction is
 * always sent. `telegram/` renders it in the subscriber's language.
 */
export interface Alert {
  kind: 'first' | 'update' | 'correction';
  topic: string;
  storyId: string;
  /** the newest dispatch the alert is about */
  dispatch: Dispatch;
  /** empty for a first alert */
  changes: StoryChange[];
}

/** Turns an alert into the HTML the outbox row holds; injected by whoever wires the app (telegram/ renders). */
export type RenderAlert = (alert: Alert, subscriber: Subscriber) => string;

/** At most one update per story and subscriber in this long, unless configured otherwise. */
export const DEFAULT_UPDATE_GAP_MS = 3_600_000;
