import type { SqliteDatabase } from '../open-database.js';
import type { NewSubscriber, Subscriber, SubscriberSettings, SubscriberStore } from '../subscriber-store.js';

export interface SubscriberRow {
  chat_id: number;
  chat_type: Subscriber['chatType'];
  lang: Subscriber['lang'];
  time_zone: string;
  digest_time: string;
  digest_enabled: number;
  digest_frequency: Subscriber['digestFrequency'];
  quiet_start: string | null;
  quiet_end: string | null;
  paused: number;
  blocked: number;
  last_digest_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The column of each setting. */
export const settingColumns: Record<keyof SubscriberSettings, string> = {
  lang: 'lang',
  timeZone: 'time_zone',
  digestTime: 'digest_time',
  digestEnabled: 'digest_enabled',
  digestFrequency: 'digest_frequency',
  quietStart: 'quiet_start',
  quietEnd: 'quiet_end',
  paused: 'paused',
  blocked: 'blocked',
  lastDigestAt: 'last_digest_at',
};

/** A subscriber from its row (flags as 0/1, as both backends store them) and its topics. */
export const toSubscriber = (row: SubscriberRow, topics: string[]): Subscriber => ({
  chatId: row.chat_id,
  chatType: row.chat_type,
  lang: row.lang,
  timeZone: row.time_zone,
  digestTime: row.digest_time,
  digestEnabled: row.digest_enabled === 1,
  digestFrequency: row.digest_frequency,
  quietStart: row.quiet_start,
  quietEnd: row.quiet_end,
  paused: row.paused === 1,
  blocked: row.blocked === 1,
  lastDigestAt: row.last_digest_at,
  topics,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The SQLite backend of the subscriber store. */
export function createSqliteSubscriberStore(db: SqliteDatabase): SubscriberStore {
  const byId = db.prepare<[number], SubscriberRow>('SELECT * FROM subscribers WHERE chat_id = ?');
  const topicsOf = db.prepare<[number], string>('SELECT topic FROM followed_topics WHERE chat_id = ? ORDER BY created_at, topic').pluck();
  const allTopics = db.prepare<[], { chat_id: number; topic: string }>('SELECT chat_id, topic FROM followed_topics ORDER BY created_at, topic');

  const load = (chatId: number): Subscriber | null => {
    const row = byId.get(chatId);
    return row ? toSubscriber(row, topicsOf.all(chatId)) : null;
  };

  /** Rows with their topics, loading every topic in one query (digest runs list thousands). */
  const withTopics = (rows: SubscriberRow[]): Subscriber[] => {
    const topics = new Map<number, string[]>();
    for (const { chat_id, topic } of allTopics.all()) topics.set(chat_id, [...(topics.get(chat_id) ?? []), topic]);
    return rows.map((row) => toSubscriber(row, topics.get(row.chat_id) ?? []));
  };

  return {
    async get(chatId) {
      return load(chatId);
    },
    async ensure(defaults: NewSubscriber, now) {
      const at = now.toISOString();
      db.prepare(
        `INSERT INTO subscribers (chat_id, chat_type, lang, time_zone, digest_time, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO NOTHING`,
      ).run(defaults.chatId, defaults.chatType, defaults.lang, defaults.timeZone, defaults.digestTime, at, at);
      return load(defaults.chatId) as Subscriber;
    },
    async update(chatId, settings, now) {
      const entries = Object.entries(settings).filter(([, value]) => value !== undefined) as Array<
        [keyof SubscriberSettings, string | number | boolean | null]
      >;
      if (entries.length > 0) {
        const sets = entries.map(([key]) => `${settingColumns[key]} = ?`).join(', ');
        const values = entries.map(([, value]) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
        db.prepare(`UPDATE subscribers SET ${sets}, updated_at = ? WHERE chat_id = ?`).run(...values, now.toISOString(), chatId);
      }
      return load(chatId);
    },
    async migrateChat(fromChatId, toChatId, now) {
      db.transaction(() => {
        if (byId.get(toChatId)) {
          db.prepare('DELETE FROM subscribers WHERE chat_id = ?').run(fromChatId);
          return;
        }
        db.prepare("UPDATE subscribers SET chat_id = ?, chat_type = 'supergroup', updated_at = ? WHERE chat_id = ?").run(
          toChatId,
          now.toISOString(),
          fromChatId,
        );
      })();
    },
    async follow(chatId, topic, now) {
      const result = db
        .prepare('INSERT INTO followed_topics (chat_id, topic, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
        .run(chatId, topic, now.toISOString());
      return result.changes > 0;
    },
    async unfollow(chatId, topic) {
      return db.prepare('DELETE FROM followed_topics WHERE chat_id = ? AND topic = ?').run(chatId, topic).changes > 0;
    },
    async listDigestSubscribers() {
      const rows = db
        .prepare<[], SubscriberRow>('SELECT * FROM subscribers WHERE digest_enabled = 1 AND paused = 0 AND blocked = 0 ORDER BY chat_id')
        .all();
      return withTopics(rows);
    },
    async listFollowers() {
      const rows = db
        .prepare<[], SubscriberRow>(
          `SELECT * FROM subscribers s WHERE paused = 0 AND blocked = 0
           AND EXISTS (SELECT 1 FROM followed_topics t WHERE t.chat_id = s.chat_id) ORDER BY chat_id`,
        )
        .all();
      return withTopics(rows);
    },
    async count() {
      return db
        .prepare<[], { total: number; digest: number; blocked: number }>(
          'SELECT count(*) AS total, coalesce(sum(digest_enabled), 0) AS digest, coalesce(sum(blocked), 0) AS blocked FROM subscribers',
        )
        .get() as { total: number; digest: number; blocked: number };
    },
  };
}
