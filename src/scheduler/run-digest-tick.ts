import { composeDigest } from '../digest/compose-digest.js';
import type { Deps } from '../deps.js';
import { memoiseDispatchReads } from '../digest/memoise-dispatch-reads.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import type { Subscriber } from '../store/subscriber-store.js';
import { findDueSubscribers } from './find-due-subscribers.js';

const DAY = 86_400_000;

type TickDeps = Pick<Deps, 'stores' | 'llm' | 'logger' | 'presenter'>;

/**
 * One scheduler tick: every due subscriber gets a digest row in the outbox, written in the same
 * transaction as their lastDigestAt, keyed by chat and local date (`:evening` added for the evening
 * digest), so a re-run adds nothing.
 * Stories are summarised once per language (the summary cache), not once per subscriber.
 */
export async function runDigestTick(deps: TickDeps, now: Date): Promise<number> {
  const due = findDueSubscribers(await deps.stores.subscribers.listDigestSubscribers(), now);
  if (due.length === 0) return 0;
  const store = memoiseDispatchReads(deps.stores.dispatches);
  let queued = 0;
  for (const { subscriber, localDate, slot } of due) {
    try {
      if (await queueDigest(deps, store, subscriber, slot === 'morning' ? localDate : `${localDate}:evening`, now)) queued += 1;
    } catch (error) {
      // one subscriber's failure does not hold up the others; the next tick tries again
      deps.logger.error({ err: error, chatId: subscriber.chatId }, 'digest failed');
    }
  }
  deps.logger.info({ due: due.length, queued }, 'digests queued');
  return queued;
}

async function queueDigest(deps: TickDeps, store: DispatchStore, subscriber: Subscriber, day: string, now: Date): Promise<boolean> {
  const last = subscriber.lastDigestAt ? new Date(subscriber.lastDigestAt) : null;
  // dispatches are dated by day and may arrive a day late: read a day before the last digest,
  // keep only stories with something ingested since it (newSince)
  const since = new Date((last && now.getTime() - last.getTime() < 7 * DAY ? last.getTime() : now.getTime()) - DAY);
  const digest = await composeDigest(
    { store, llm: deps.llm, logger: deps.logger, summaries: deps.stores.summaries },
    { since, lang: subscriber.lang, topics: subscriber.topics, now, ...(last ? { newSince: last } : {}) },
  );
  const text = deps.presenter.digest(digest, subscriber);
  return deps.stores.outbox.enqueueDigest(
    { key: `digest:${subscriber.chatId}:${day}`, chatId: subscriber.chatId, kind: 'digest', text, notBefore: now.toISOString() },
    now,
    now,
  );
}
