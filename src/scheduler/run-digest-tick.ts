import { composeDigest } from '../digest/compose-digest.js';
import { formatDigest } from '../digest/format-digest.js';
import type { Deps } from '../deps.js';
import { findDueSubscribers } from './find-due-subscribers.js';

const DAY = 86_400_000;

/**
 * One scheduler tick: every due subscriber gets a digest row in the outbox, written in the same
 * transaction as their lastDigestAt, keyed by chat and local date (so a re-run adds nothing).
 * Stories are summarised once per language (the summary cache), not once per subscriber.
 */
export async function runDigestTick(deps: Pick<Deps, 'stores' | 'llm' | 'logger'>, now: Date): Promise<number> {
  const due = findDueSubscribers(await deps.stores.subscribers.listDigestSubscribers(), now);
  let queued = 0;
  for (const { subscriber, localDate } of due) {
    const since = subscriber.lastDigestAt ? new Date(subscriber.lastDigestAt) : new Date(now.getTime() - DAY);
    const digest = await composeDigest(
      { store: deps.stores.dispatches, llm: deps.llm, logger: deps.logger, summaries: deps.stores.summaries },
      { since, lang: subscriber.lang, topics: subscriber.topics, now },
    );
    const added = await deps.stores.outbox.enqueueDigest(
      { key: `digest:${subscriber.chatId}:${localDate}`, chatId: subscriber.chatId, kind: 'digest', text: formatDigest(digest, subscriber.lang), notBefore: now.toISOString() },
      now,
      now,
    );
    if (added) queued += 1;
  }
  if (due.length > 0) deps.logger.info({ due: due.length, queued }, 'digests queued');
  return queued;
}
