import type { Lang } from '../dispatch/dispatch-types.js';

export type DigestFrequency = 'morning' | 'evening' | 'both';

/** When an evening digest comes, in the subscriber's zone. */
export const EVENING_DIGEST_TIME = '18:00';

/** A chat that talks to the bot: its settings for digests, alerts and replies. */
export interface Subscriber {
  chatId: number;
  chatType: 'private' | 'group' | 'supergroup' | 'channel';
  lang: Lang;
  /** IANA zone, e.g. Asia/Kuwait */
  timeZone: string;
  /** HH:MM in the subscriber's zone */
  digestTime: string;
  digestEnabled: boolean;
  /** morning (at digestTime, the default), evening (at EVENING_DIGEST_TIME) or both */
  digestFrequency: DigestFrequency;
  /** HH:MM–HH:MM in the subscriber's zone during which alerts wait; null when none */
  quietStart: string | null;
  quietEnd: string | null;
  paused: boolean;
  /** the chat blocked the bot (Telegram answered 403): nothing more is sent */
  blocked: boolean;
  /** ISO time of the last digest composed for this chat */
  lastDigestAt: string | null;
  topics: string[];
  createdAt: string;
  updatedAt: string;
}

export type SubscriberSettings = Partial<
  Pick<Subscriber, 'lang' | 'timeZone' | 'digestTime' | 'digestEnabled' | 'digestFrequency' | 'quietStart' | 'quietEnd' | 'paused' | 'blocked' | 'lastDigestAt'>
>;

export interface NewSubscriber {
  chatId: number;
  chatType: Subscriber['chatType'];
  lang: Lang;
  timeZone: string;
  digestTime: string;
}

export interface SubscriberStore {
  get(chatId: number): Promise<Subscriber | null>;
  /** Returns the subscriber, creating it with `defaults` when the chat is new. */
  ensure(defaults: NewSubscriber, now: Date): Promise<Subscriber>;
  update(chatId: number, settings: SubscriberSettings, now: Date): Promise<Subscriber | null>;
  /** A group became a supergroup: its records move to the new chat id. */
  migrateChat(fromChatId: number, toChatId: number, now: Date): Promise<void>;
  /** Returns false when the topic was already followed. */
  follow(chatId: number, topic: string, now: Date): Promise<boolean>;
  /** Returns false when the topic was not followed. */
  unfollow(chatId: number, topic: string): Promise<boolean>;
  /** Subscribers with digests on, not paused, not blocked. */
  listDigestSubscribers(): Promise<Subscriber[]>;
  /** Subscribers that follow at least one topic, not paused, not blocked. */
  listFollowers(): Promise<Subscriber[]>;
  count(): Promise<{ total: number; digest: number; blocked: number }>;
}
