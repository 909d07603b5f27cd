import { GrammyError, HttpError, type Api } from 'grammy';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { OutboxRow, OutboxStore } from '../store/outbox-store.js';
import type { SubscriberStore } from '../store/subscriber-store.js';
import { splitMessage } from '../telegram/split-message.js';
import { createRateWindow } from './rate-window.js';
import { MAX_ATTEMPTS, type SendLimits, backoffMs, telegramLimits } from './send-limits.js';

export interface SenderDeps {
  api: Pick<Api, 'sendMessage'>;
  outbox: OutboxStore;
  subscribers: SubscriberStore;
  clock: Clock;
  logger: Logger;
  limits?: SendLimits;
  /** waits; tests and the benchmark pass the real one */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The throttled sender: claims due outbox rows and sends them within Telegram's limits (overall
 * rate, per-chat gaps). 429 waits out retry_after; 5xx and network errors back off; 403 marks the
 * chat blocked; a group that became a supergroup is followed. A row is marked sent only after
 * Telegram accepted it, and rows are sent one at a time, so a kill (or a connection dropped after
 * Telegram accepted) repeats at most the one message in flight, once; a split message resumes after
 * its last accepted part.
 */
export function createSender(deps: SenderDeps) {
  const limits = deps.limits ?? telegramLimits;
  const sleep = deps.sleep ?? realSleep;
  const gap = 1000 / limits.perSecond;
  const window = createRateWindow(limits.perSecond);
  const sendOptions = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true }, ...(limits.paidBroadcast ? { allow_paid_broadcast: true } : {}) };
  const nextForChat = new Map<number, number>();
  let nextSlot = 0;
  let pausedUntil = 0;

  /** chats that blocked the bot or moved during this sender's life: rows already claimed follow them */
  const blockedChats = new Set<number>();
  const movedChats = new Map<number, number>();

  /** Waits for the next overall slot: the gap, a 429 pause, the sliding-second window. */
  async function pace(): Promise<void> {
    const now = deps.clock.now().getTime();
    const wait = Math.max(nextSlot, pausedUntil, window.earliest()) - now;
    if (wait > 0) await sleep(wait);
    // on schedule, not from when the timer fired, so timer lag does not lower the rate
    nextSlot = Math.max(now, nextSlot, pausedUntil) + gap;
    window.record(deps.clock.now().getTime());
  }

  async function sendRow(claimed: OutboxRow): Promise<void> {
    if (blockedChats.has(claimed.chatId)) return; // markChatBlocked already set the row's status
    const row = { ...claimed, chatId: movedChats.get(claimed.chatId) ?? claimed.chatId };
    const chatReady = nextForChat.get(row.chatId) ?? 0;
    if (chatReady > deps.clock.now().getTime()) {
      await deps.outbox.retryLater(row.id, new Date(chatReady), 'waiting for the per-chat limit', false);
      return;
    }
    const chatGap = row.chatId < 0 ? limits.groupGapMs : limits.privateGapMs;
    let messageId: number | null = null;
    try {
      const parts = splitMessage(row.text);
      // the parts of one split message go out back to back; the chat's gap then counts each of them,
      // from when Telegram answered (it has the message by then, whatever the network's delays)
      for (let index = row.partsSent; index < parts.length; index += 1) {
        await pace();
        const sent = await deps.api.sendMessage(row.chatId, parts[index] as string, sendOptions);
        nextForChat.set(row.chatId, deps.clock.now().getTime() + chatGap * (index - row.partsSent + 1));
        messageId = sent.message_id;
        if (index + 1 < parts.length) await deps.outbox.markPartSent(row.id, index + 1);
      }
      await deps.outbox.markSent(row.id, deps.clock.now(), messageId);
    } catch (error) {
      await handleFailure(row, error);
    }
  }

  async function handleFailure(row: OutboxRow, error: unknown): Promise<void> {
    const now = deps.clock.now();
    if (error instanceof GrammyError) {
      const retryAfter = error.parameters.retry_after;
      const migrateTo = error.parameters.migrate_to_chat_id;
      if (error.error_code === 429 && retryAfter !== undefined) {
        pausedUntil = now.getTime() + retryAfter * 1000;
        await deps.outbox.retryLater(row.id, new Date(pausedUntil), `429: retry after ${retryAfter} s`, false);
        return;
      }
      if (error.error_code === 403) {
        blockedChats.add(row.chatId);
        await deps.outbox.markChatBlocked(row.chatId, `403: ${error.description}`);
        await deps.subscribers.update(row.chatId, { blocked: true }, now);
        return;
      }
      if (migrateTo !== undefined) {
        movedChats.set(row.chatId, migrateTo);
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

  return {
    /**
     * Sends what is due now; returns how many rows it claimed. When `stopped()` turns true it returns
     * after the message in flight, leaving the rest claimed (requeueInFlight releases them).
     */
    async drain(batch = 200, stopped: () => boolean = () => false): Promise<number> {
      const rows = await deps.outbox.claimDue(deps.clock.now(), batch);
      for (const row of rows) {
        if (stopped()) break;
        await sendRow(row);
      }
      return rows.length;
    },
  };
}
