export type OutboxKind = 'digest' | 'alert' | 'broadcast';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'blocked';

export interface OutboxMessage {
  key: string;
  chatId: number;
  kind: OutboxKind;
  /** HTML */
  text: string;
  /** ISO time before which it is not sent (quiet hours) */
  notBefore: string;
}

export interface OutboxRow extends OutboxMessage {
  id: number;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** parts of a split message Telegram already accepted; a retry starts after them */
  partsSent: number;
  sentAt: string | null;
  /** the id Telegram gave the (last part of the) message */
  telegramMessageId: number | null;
}

/** The persistent outbox: nothing is sent that is not first a row here, and no row is lost or sent twice on purpose. */
export interface OutboxStore {
  /** Adds messages whose key is new; returns how many were added. */
  enqueue(messages: OutboxMessage[], now: Date): Promise<number>;
  /** Adds a digest and records the subscriber's lastDigestAt in the same transaction. */
  enqueueDigest(message: OutboxMessage, digestAt: Date, now: Date): Promise<boolean>;
  /** Marks up to `limit` due rows as sending and returns them, oldest first. */
  claimDue(now: Date, limit: number): Promise<OutboxRow[]>;
  /** Telegram accepted part `partsSent` (1-based) of a split message: a retry resumes after it. */
  markPartSent(id: number, partsSent: number): Promise<void>;
  markSent(id: number, now: Date, telegramMessageId: number | null): Promise<void>;
  /** A claimed (sending) row back to pending, not before `notBefore`, with the reason; a row blocked meanwhile stays blocked. */
  retryLater(id: number, notBefore: Date, reason: string, countAttempt: boolean): Promise<void>;
  markFailed(id: number, reason: string): Promise<void>;
  /** The chat blocked the bot: this row and every pending one of the chat stop. */
  markChatBlocked(chatId: number, reason: string): Promise<void>;
  moveChat(fromChatId: number, toChatId: number): Promise<void>;
  /**
   * One row per subscriber that is neither paused nor blocked (key `broadcast:<id>:<chat>`), in one
   * transaction; the same broadcast id adds nothing twice. Returns how many were added.
   */
  enqueueBroadcast(broadcastId: string, text: string, now: Date): Promise<number>;
  /** Rows left `sending` by a process that died go back to pending (each may then be sent once more). */
  requeueInFlight(): Promise<number>;
  counts(): Promise<Record<OutboxStatus, number>>;
  list(filter: { chatId?: number; kind?: OutboxKind }): Promise<OutboxRow[]>;
}
