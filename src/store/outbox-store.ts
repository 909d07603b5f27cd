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
}

/** The persistent outbox: nothing is sent that is not first a row here, and no row is lost or sent twice on purpose. */
export interface OutboxStore {
  /** Adds messages whose key is new; returns how many were added. */
  enqueue(messages: OutboxMessage[], now: Date): Promise<number>;
  /** Adds a digest and records the subscriber's lastDigestAt in the same transaction. */
  enqueueDigest(message: OutboxMessage, digestAt: Date, now: Date): Promise<boolean>;
  /** Marks up to `limit` due rows as sending and returns them, oldest first. */
  claimDue(now: Date, limit: number): Promise<OutboxRow[]>;
  markSent(id: number, now: Date): Promise<void>;
  /** Back to pending, not before `notBefore`, with the reason. */
  retryLater(id: number, notBefore: Date, reason: string, countAttempt: boolean): Promise<void>;
  markFailed(id: number, reason: string): Promise<void>;
  /** The chat blocked the bot: this row and every pending one of the chat stop. */
  markChatBlocked(chatId: number, reason: string): Promise<void>;
  moveChat(fromChatId: number, toChatId: number): Promise<void>;
  /** Rows left `sending` by a process that died go back to pending (each may then be sent once more). */
  requeueInFlight(): Promise<number>;
  counts(): Promise<Record<OutboxStatus, number>>;
  list(filter: { chatId?: number; kind?: OutboxKind }): Promise<OutboxRow[]>;
}
