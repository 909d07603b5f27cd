import type { Clock } from '../clock.js';
import type { Heartbeat, Metrics } from '../metrics/create-metrics.js';
import type { OutboxStore } from '../store/outbox-store.js';

/** How old a heartbeat may be before the part is called stuck: the scheduler ticks each minute, the sender loops each second when idle. */
export const HEARTBEAT_LIMITS_MS: Record<Heartbeat, number> = { scheduler: 3 * 60_000, sender: 2 * 60_000 };

export interface HealthReport {
  ok: boolean;
  store: { ok: boolean; error?: string };
  scheduler: { ok: boolean; lastTickAt: string | null };
  sender: { ok: boolean; lastLoopAt: string | null };
}

/**
 * Whether the process does its job: the store answers a query, the scheduler ticked and the
 * sender looped recently. `expect` names the parts this process runs (a part not run is not checked).
 */
export async function checkHealth(
  deps: { outbox: Pick<OutboxStore, 'counts'>; metrics: Pick<Metrics, 'lastBeat'>; clock: Clock },
  expect: readonly Heartbeat[] = ['scheduler', 'sender'],
): Promise<HealthReport> {
  const now = deps.clock.now().getTime();
  let store: HealthReport['store'];
  try {
    await deps.outbox.counts();
    store = { ok: true };
  } catch (error) {
    store = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const beat = (name: Heartbeat) => {
    const last = deps.metrics.lastBeat(name);
    const fresh = last !== null && now - last.getTime() <= HEARTBEAT_LIMITS_MS[name];
    return { ok: !expect.includes(name) || fresh, at: last?.toISOString() ?? null };
  };
  const scheduler = beat('scheduler');
  const sender = beat('sender');
  return {
    ok: store.ok && scheduler.ok && sender.ok,
    store,
    scheduler: { ok: scheduler.ok, lastTickAt: scheduler.at },
    sender: { ok: sender.ok, lastLoopAt: sender.at },
  };
}
