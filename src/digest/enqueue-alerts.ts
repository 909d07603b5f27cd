import type { Deps } from '../deps.js';
import type { Dispatch } from '../dispatch/dispatch-types.js';
import { detectUpdateMarker } from '../sources/detect-update-marker.js';
import { quietUntil } from '../scheduler/local-time.js';
import type { AlertLogEntry } from '../store/alert-log-store.js';
import type { OutboxMessage } from '../store/outbox-store.js';
import type { Subscriber } from '../store/subscriber-store.js';
import { type Alert, DEFAULT_UPDATE_GAP_MS, type RenderAlert } from './alert-types.js';
import { findChanges } from './find-changes.js';
import { matchAlerts } from './match-alerts.js';

export interface AlertOptions {
  /** least time between two updates of one story to one subscriber (corrections excepted); default WIREBRIEF_ALERT_GAP_MINUTES, else an hour */
  updateGapMs?: number;
}

type AlertDeps = Pick<Deps, 'stores' | 'logger' | 'presenter'> & Partial<Pick<Deps, 'config'>>;

const gapOf = (deps: AlertDeps, options: AlertOptions) =>
  options.updateGapMs ?? (deps.config ? deps.config.WIREBRIEF_ALERT_GAP_MINUTES * 60_000 : DEFAULT_UPDATE_GAP_MS);

const isCorrection = (d: Dispatch) => detectUpdateMarker(d.headline, d.raw.split(/\r?\n/).find((l) => l.trim()) ?? '') === 'correction';
const newest = (dispatches: Dispatch[]) => dispatches.reduce((a, b) => (b.ingestedAt > a.ingestedAt || (b.ingestedAt === a.ingestedAt && b.sourceIndex > a.sourceIndex) ? b : a));

function message(alert: Alert, subscriber: Subscriber, render: RenderAlert, now: Date): OutboxMessage {
  const suffix = alert.kind === 'first' ? '' : `:${alert.dispatch.id}`;
  return {
    key: `alert:${subscriber.chatId}:${alert.storyId}${suffix}`,
    chatId: subscriber.chatId,
    kind: 'alert',
    text: render(alert, subscriber),
    notBefore: (quietUntil(subscriber, now) ?? now).toISOString(),
  };
}

/**
 * What `fresh` (new dispatches of a story the subscriber was told about) means for them: an update
 * naming what changed, a correction, nothing (no material change), or news held for the hour.
 */
async function decide(deps: AlertDeps, entry: AlertLogEntry, fresh: Dispatch[], now: Date, gapMs: number): Promise<{ alert: Alert | null; entry: AlertLogEntry }> {
  const pending = [...entry.held.filter((id) => !fresh.some((d) => d.id === id)), ...fresh.map((d) => d.id)];
  const after = await deps.stores.dispatches.getDispatches(pending);
  if (after.length === 0) return { alert: null, entry };
  const before = await deps.stores.dispatches.getDispatches(entry.told);
  const correction = after.some(isCorrection);
  const changes = findChanges(before, after);
  const known = { ...entry, told: [...entry.told, ...pending], held: [] };
  if (!correction && changes.length === 0) return { alert: null, entry: known };
  if (!correction && now.getTime() - Date.parse(entry.lastAlertAt) < gapMs) return { alert: null, entry: { ...entry, held: pending } };
  const dispatch = correction ? newest(after.filter(isCorrection)) : newest(after);
  return { alert: { kind: correction ? 'correction' : 'update', topic: entry.topic, storyId: entry.storyId, dispatch, changes }, entry: { ...known, lastAlertAt: now.toISOString() } };
}

/**
 * After an ingest: each new dispatch that names a topic a subscriber follows (in either language).
 * The first of a story tells it (key `alert:<chat>:<story>`); later ones become one update naming
 * what changed (a moved number, a new speaker), at most one per story per `updateGapMs` (news in
 * between is held for `sendHeldAlerts`), a correction at once; nothing material, no message.
 * Quiet hours set not_before.
 */
export async function enqueueAlerts(deps: AlertDeps, dispatchIds: string[], now: Date, options: AlertOptions = {}): Promise<number> {
  if (dispatchIds.length === 0) return 0;
  const followers = await deps.stores.subscribers.listFollowers();
  if (followers.length === 0) return 0;
  const dispatches = await deps.stores.dispatches.getDispatches(dispatchIds);
  const messages: OutboxMessage[] = [];
  for (const { subscriber, dispatch, topic } of matchAlerts(dispatches, followers, now)) {
    const story = dispatches.filter((d) => d.storyId === dispatch.storyId);
    const entry = await deps.stores.alerts.get(subscriber.chatId, dispatch.storyId);
    if (!entry) {
      messages.push(message({ kind: 'first', topic, storyId: dispatch.storyId, dispatch, changes: [] }, subscriber, deps.presenter.alert, now));
      await deps.stores.alerts.save({ chatId: subscriber.chatId, storyId: dispatch.storyId, topic, told: story.map((d) => d.id), held: [], lastAlertAt: now.toISOString() });
      continue;
    }
    const fresh = story.filter((d) => !entry.told.includes(d.id));
    if (fresh.length === 0) continue;
    const decision = await decide(deps, entry, fresh, now, gapOf(deps, options));
    if (decision.alert) messages.push(message(decision.alert, subscriber, deps.presenter.alert, now));
    await deps.stores.alerts.save(decision.entry);
  }
  const added = await deps.stores.outbox.enqueue(messages, now);
  if (added > 0) deps.logger.info({ added }, 'alerts queued');
  return added;
}

/** A scheduler tick: updates held for the hour whose hour has passed go out now, naming everything that changed meanwhile. */
export async function sendHeldAlerts(deps: AlertDeps, now: Date, options: AlertOptions = {}): Promise<number> {
  const gap = gapOf(deps, options);
  const messages: OutboxMessage[] = [];
  for (const entry of await deps.stores.alerts.listHeld(new Date(now.getTime() - gap).toISOString())) {
    const subscriber = await deps.stores.subscribers.get(entry.chatId);
    const following = subscriber && !subscriber.paused && !subscriber.blocked && subscriber.topics.includes(entry.topic);
    const decision = await decide(deps, { ...entry, held: [] }, following ? await deps.stores.dispatches.getDispatches(entry.held) : [], now, gap);
    if (decision.alert && subscriber) messages.push(message(decision.alert, subscriber, deps.presenter.alert, now));
    await deps.stores.alerts.save({ ...decision.entry, held: [] });
  }
  return messages.length === 0 ? 0 : deps.stores.outbox.enqueue(messages, now);
}
