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
  /** the sender holding a `sending` row, and until when (ISO); null otherwise */
  leaseOwner: string | null;
  leaseUntil: string | null;
}

/** Who holds claimed rows, and until when. */
export interface OutboxLease {
  /** one sender process, unique across hosts and restarts (e.g. `host:pid:random`) */
  owner: string;
  /** the lease runs out at this time unless renewed */
  until: Date;
}

/**
 * The persistent outbox: nothing is sent that is not first a row here, and no row is lost or sent
 * twice on purpose. Backend-neutral: SQLite and PostgreSQL implement the same contract, and every
 * method is safe to call from several sender processes on one store at once.
 *
 * Row states: `pending` (queued), `sending` (claimed: held by one owner until its lease runs out),
 * `sent`, `failed`, `blocked` (final). Times compare as instants; `now` always comes from the caller.
 *
 * A chat's next allowed time (`chat gate`) is stored per chat id, shared by every sender and kept
 * across restarts: no row of the chat is claimed before it.
 */
export interface OutboxStore {
  /** Adds messages whose key is new; returns how many were added. */
  enqueue(messages: OutboxMessage[], now: Date): Promise<number>;
  /** Adds a digest and records the subscriber's lastDigestAt in the same transaction. */
  enqueueDigest(message: OutboxMessage, digestAt: Date, now: Date): Promise<boolean>;
  /**
   * Claims up to `limit` rows for `lease.owner` until `lease.until`, atomically (two callers never
   * get the same row), and returns them oldest first (by notBefore, then id). First, every `sending`
   * row whose lease ran out by `now` (or has none) goes back to `pending` (its owner died or
   * stalled; the message it had in flight may then be sent once more). A row is claimable when:
   * - it is `pending` and its notBefore is at or before `now`;
   * - its chat's gate is at or before `now` (or the chat has none);
   * - no other row of its chat is `sending` (at most one row per chat is held, by anyone);
   * - it is its chat's oldest (lowest id) due pending row, so one chat's messages go in order.
   * Hence at most one row per chat is returned. The claim writes status `sending`, the owner and the
   * lease; it changes neither attempts nor notBefore.
   */
  claimDue(now: Date, limit: number, lease: OutboxLease): Promise<OutboxRow[]>;
  /** Extends the lease of every row `owner` still holds (`sending` with that owner) to `until`; returns how many. */
  renewLeases(owner: string, until: Date): Promise<number>;
  /**
   * Hands back every row `owner` still holds (a clean stop): `sending` rows of that owner go back to
   * `pending` unchanged, at once, without waiting for the lease; returns how many.
   */
  releaseLeases(owner: string): Promise<number>;
  /**
   * Telegram accepted part `partsSent` (1-based) of a split message: a retry resumes after it. The
   * chat's gate becomes `chatNextAt` if that is later than the stored one.
   */
  markPartSent(id: number, partsSent: number, chatNextAt: Date): Promise<void>;
  /**
   * The row was delivered: status `sent` (whoever holds it), sentAt `now`, the message id, one more
   * attempt, the lease cleared. The chat's gate becomes `chatNextAt` if later than the stored one,
   * and every pending row of the chat with an earlier notBefore gets notBefore `chatNextAt`.
   */
  markSent(id: number, now: Date, telegramMessageId: number | null, chatNextAt: Date): Promise<void>;
  /**
   * A claimed (sending) row back to pending, not before `notBefore`, with the reason (and one more
   * attempt when `countAttempt`); the lease is cleared. The chat's gate becomes `notBefore` if
   * later, so later rows of the chat do not overtake it. A row no longer `sending` (blocked or sent
   * meanwhile) is left as it is.
   */
  retryLater(id: number, notBefore: Date, reason: string, countAttempt: boolean): Promise<void>;
  /** Final failure: status `failed` with the reason, one more attempt, the lease cleared. */
  markFailed(id: number, reason: string): Promise<void>;
  /** The chat blocked the bot: this row and every pending or sending row of the chat become `blocked`. */
  markChatBlocked(chatId: number, reason: string): Promise<void>;
  /** A group became a supergroup: its pending and sending rows, and its gate, move to the new id. */
  moveChat(fromChatId: number, toChatId: number): Promise<void>;
  /**
   * One row per subscriber that is neither paused nor blocked (key `broadcast:<id>:<chat>`), in one
   * transaction; the same broadcast id adds nothing twice. Returns how many were added.
   */
  enqueueBroadcast(broadcastId: string, text: string, now: Date): Promise<number>;
  counts(): Promise<Record<OutboxStatus, number>>;
  list(filter: { chatId?: number; kind?: OutboxKind }): Promise<OutboxRow[]>;
}
