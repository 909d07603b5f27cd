import { setMaxListeners } from 'node:events';
import { GrammyError, HttpError, type Api } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { OutboxRow, OutboxStore } from '../store/outbox-store.js';
import type { SubscriberStore } from '../store/subscriber-store.js';
import { createSendBudget, type SendBudget } from './create-send-budget.js';
import { holdLeases } from './hold-leases.js';
import { createInFlightLimit, MAX_IN_FLIGHT } from './in-flight-limit.js';
import { MAX_ATTEMPTS, type SendLimits, backoffMs, telegramLimits } from './send-limits.js';
import { splitMessage } from './split-message.js';

export interface SenderDeps {
  api: Pick<Api, 'sendMessage'>;
  outbox: OutboxStore;
  subscribers: SubscriberStore;
  clock: Clock;
  logger: Logger;
  limits?: SendLimits;
  /** the process's one rate budget, shared with the bot's replies; without it the sender has its own */
  budget?: SendBudget;
  /** how long a claimed row is held without renewal (default 60 s): a dead sender's rows return after it */
  leaseMs?: number;
  /** the most messages in flight (default MAX_IN_FLIGHT); 1 sends one at a time */
  maxInFlight?: number;
  /** waits; tests and the benchmark pass the real one */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const DEFAULT_LEASE_MS = 60_000;

/**
 * The throttled sender: claims due outbox rows (one per chat, under a lease) and sends them with up
 * to K in flight (see createInFlightLimit), each send drawing on the rate budget (overall rate,
 * sliding second, 429 pauses). The store keeps the per-chat gaps and order. 5xx and network errors
 * back off; 403 marks the chat blocked; a group that became a supergroup is followed. A row is
 * marked sent only after Telegram accepted it, so a kill repeats at most the K messages in flight,
 * once each; a split message resumes after its last accepted part.
 */
export function createSender(deps: SenderDeps) {
  const limits = deps.limits ?? telegramLimits;
  const sleep = deps.sleep ?? realSleep;
  const budget = deps.budget ?? createSendBudget(limits.perSecond, deps.clock, sleep);
  const inFlight = createInFlightLimit(limits.perSecond, deps.clock, deps.maxInFlight ?? MAX_IN_FLIGHT);
  const leases = holdLeases(deps.outbox, deps.clock, deps.logger, deps.leaseMs ?? DEFAULT_LEASE_MS);
  const sendOptions = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true }, ...(limits.paidBroadcast ? { allow_paid_broadcast: true } : {}) };

  /** wakes whoever waits for a free slot (or for stop) */
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const wake of [...waiters]) wake();
  };
  const changed = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });

  /** `halt` aborts the waits for a send slot when the sender stops: a row not yet sent stays claimed, to be handed back */
  async function sendRow(row: OutboxRow, halt: AbortSignal): Promise<void> {
    const chatGap = row.chatId < 0 ? limits.groupGapMs : limits.privateGapMs;
    try {
      const parts = splitMessage(row.text);
      // the parts of one split message go out back to back; the chat's gap then counts each of them,
      // from when Telegram answered (it has the message by then, whatever the network's delays)
      for (let index = row.partsSent; index < parts.length; index += 1) {
        const ticket = await budget.acquire('outbox', halt).catch(() => null);
        if (ticket === null) return;
        if (!leases.holds(row.id)) return void deps.logger.warn({ row: row.id }, 'outbox lease ran out before sending; left to its next holder');
        const sent = await sendPart(row.chatId, parts[index] as string, ticket);
        if (!sent.ok) return await handleFailure(row, sent.error);
        // a store failure from here on is not a send failure: the message went, so it is never retried from here
        const chatNextAt = new Date(deps.clock.now().getTime() + chatGap * (index - row.partsSent + 1));
        if (index + 1 < parts.length) await deps.outbox.markPartSent(row.id, index + 1, chatNextAt);
        else await deps.outbox.markSent(row.id, deps.clock.now(), sent.messageId, chatNextAt);
      }
    } finally {
      leases.drop(row.id);
    }
  }

  /** One sendMessage under the budget's `grant`, its round trip measured for K and for the budget's window. */
  async function sendPart(chatId: number, text: string, grant: number): Promise<{ ok: true; messageId: number } | { ok: false; error: unknown }> {
    const ticket = inFlight.start();
    try {
      const sent = await deps.api.sendMessage(chatId, text, sendOptions);
      inFlight.finish(ticket, true);
      budget.answered(grant);
      return { ok: true, messageId: sent.message_id };
    } catch (error) {
      const answered = error instanceof GrammyError;
      inFlight.finish(ticket, answered);
      if (answered) budget.answered(grant);
      return { ok: false, error };
    }
  }

  async function handleFailure(row: OutboxRow, error: unknown): Promise<void> {
    const now = deps.clock.now();
    if (error instanceof GrammyError) {
      const retryAfter = error.parameters.retry_after;
      const migrateTo = error.parameters.migrate_to_chat_id;
      if (error.error_code === 429 && retryAfter !== undefined) {
        budget.pause(retryAfter);
        await deps.outbox.retryLater(row.id, new Date(budget.pausedUntil()), `429: retry after ${retryAfter} s`, false);
        return;
      }
      if (error.error_code === 403) {
        await deps.outbox.markChatBlocked(row.chatId, `403: ${error.description}`);
        await deps.subscribers.update(row.chatId, { blocked: true }, now);
        return;
      }
      if (migrateTo !== undefined) {
        await deps.outbox.moveChat(row.chatId, migrateTo);
        await deps.subscribers.migrateChat(row.chatId, migrateTo, now);
        await deps.outbox.retryLater(row.id, now, `chat moved to ${migrateTo}`, false);
        return;
      }
      if (error.error_code < 500) {
        await deps.outbox.markFailed(row.id, `${error.error_code}: ${error.description}`);
        return;
      }
    } else if (!(error instanceof HttpError)) {
      deps.logger.error({ err: error, row: row.id }, 'unexpected send failure');
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (row.attempts + 1 >= MAX_ATTEMPTS) await deps.outbox.markFailed(row.id, reason);
    else await deps.outbox.retryLater(row.id, new Date(now.getTime() + backoffMs(row.attempts)), reason, true);
  }

  /** Sends the rows `take` hands out, K at a time, until it hands none or `stopped()`; then waits for those in flight. */
  async function pipeline(take: () => Promise<OutboxRow | undefined>, stopped: () => boolean): Promise<void> {
    let active = 0;
    const halt = new AbortController();
    setMaxListeners(0, halt.signal); // every send waiting for a slot listens (up to K)
    leases.start();
    try {
      while (!stopped()) {
        while (active >= inFlight.limit() && !stopped()) await changed(10);
        if (stopped()) break;
        const row = await take();
        if (!row) break;
        active += 1;
        void sendRow(row, halt.signal)
          .catch((error: unknown) => deps.logger.error({ err: error, row: row.id }, 'recording a send failed'))
          .finally(() => {
            active -= 1;
            notify();
          });
      }
      // stopping: sends waiting for a slot give up (their rows are handed back); those on the wire finish
      if (stopped()) halt.abort(new Error('sender stopping'));
      while (active > 0) await changed(100);
    } finally {
      leases.stop();
    }
  }

  return {
    /** the owner name on this sender's leases */
    owner: leases.owner,
    /** K now: the messages this sender keeps in flight */
    inFlightLimit: () => inFlight.limit(),
    /**
     * Sends what is due now (one claim of up to `batch` rows); returns how many rows it claimed. When
     * `stopped()` turns true it returns after the messages in flight, leaving the rest claimed.
     */
    async drain(batch = 200, stopped: () => boolean = () => false): Promise<number> {
      const rows = await leases.claim(batch);
      const queue = [...rows];
      await pipeline(async () => queue.shift(), stopped);
      return rows.length;
    },
    /** Sends continuously, claiming more as the queue runs low, until `stopped()`; idles `idleMs` when nothing is due. */
    async run(stopped: () => boolean, idleMs = 1000): Promise<void> {
      const queue: OutboxRow[] = [];
      let nextClaimAt = 0;
      await pipeline(async () => {
        while (!stopped()) {
          const limit = inFlight.limit();
          if (queue.length <= limit && deps.clock.now().getTime() >= nextClaimAt) {
            const want = Math.min(2000, Math.max(2 * limit, Math.ceil(limits.perSecond)));
            const rows = await leases.claim(want);
            queue.push(...rows);
            // fewer than asked: nothing more is due now, so ask again a little later, not per row
            nextClaimAt = rows.length < want ? deps.clock.now().getTime() + Math.min(idleMs, 250) : 0;
          }
          const row = queue.shift();
          if (row) return row;
          await changed(Math.min(idleMs, 250));
        }
        return undefined;
      }, stopped);
    },
    /** wakes a waiting `run` (to notice a stop) */
    wake: notify,
    /** hands back the rows claimed but not sent */
    release: () => leases.release(),
  };
}
