import { type SubscriberRow, settingColumns, toSubscriber } from '../sqlite/sqlite-subscriber-store.js';
import type { SubscriberSettings, SubscriberStore } from '../subscriber-store.js';
import { inTransaction, type PgPool } from './pg-pool.js';

/** The PostgreSQL backend of the subscriber store. */
export function createPgSubscriberStore(pool: PgPool): SubscriberStore {
  async function load(chatId: number) {
    const { rows } = await pool.query<SubscriberRow>('SELECT * FROM subscribers WHERE chat_id = $1', [chatId]);
    if (!rows[0]) return null;
    const topics = await pool.query<{ topic: string }>('SELECT topic FROM followed_topics WHERE chat_id = $1 ORDER BY created_at, topic', [chatId]);
    return toSubscriber(rows[0], topics.rows.map((t) => t.topic));
  }

  /** Rows with their topics, every topic of the listed chats in one query. */
  async function listWhere(where: string) {
    const { rows } = await pool.query<SubscriberRow>(`SELECT * FROM subscribers s WHERE ${where} ORDER BY chat_id`);
    const topics = new Map<number, string[]>();
    const all = await pool.query<{ chat_id: number; topic: string }>(
      'SELECT chat_id, topic FROM followed_topics WHERE chat_id = ANY($1) ORDER BY created_at, topic',
      [rows.map((row) => row.chat_id)],
    );
    for (const { chat_id, topic } of all.rows) topics.set(chat_id, [...(topics.get(chat_id) ?? []), topic]);
    return rows.map((row) => toSubscriber(row, topics.get(row.chat_id) ?? []));
  }

  return {
    get: load,
    async ensure(defaults, now) {
      const at = now.toISOString();
      await pool.query(
        `INSERT INTO subscribers (chat_id, chat_type, lang, time_zone, digest_time, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (chat_id) DO NOTHING`,
        [defaults.chatId, defaults.chatType, defaults.lang, defaults.timeZone, defaults.digestTime, at],
      );
      return (await load(defaults.chatId)) as NonNullable<Awaited<ReturnType<typeof load>>>;
    },
    async update(chatId, settings, now) {
      const entries = Object.entries(settings).filter(([, value]) => value !== undefined) as Array<
        [keyof SubscriberSettings, string | number | boolean | null]
      >;
      if (entries.length > 0) {
        const sets = entries.map(([key], index) => `${settingColumns[key]} = $${index + 1}`).join(', ');
        const values = entries.map(([, value]) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
        await pool.query(`UPDATE subscribers SET ${sets}, updated_at = $${values.length + 1} WHERE chat_id = $${values.length + 2}`, [
          ...values,
          now.toISOString(),
          chatId,
        ]);
      }
      return load(chatId);
    },
    async migrateChat(fromChatId, toChatId, now) {
      await inTransaction(pool, async (client) => {
        const target = await client.query('SELECT 1 FROM subscribers WHERE chat_id = $1', [toChatId]);
        if (target.rows.length > 0) {
          await client.query('DELETE FROM subscribers WHERE chat_id = $1', [fromChatId]);
          return;
        }
        await client.query("UPDATE subscribers SET chat_id = $1, chat_type = 'supergroup', updated_at = $2 WHERE chat_id = $3", [
          toChatId,
          now.toISOString(),
          fromChatId,
        ]);
      });
    },
    async follow(chatId, topic, now) {
      const result = await pool.query('INSERT INTO followed_topics (chat_id, topic, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        chatId,
        topic,
        now.toISOString(),
      ]);
      return (result.rowCount ?? 0) > 0;
    },
    async unfollow(chatId, topic) {
      return ((await pool.query('DELETE FROM followed_topics WHERE chat_id = $1 AND topic = $2', [chatId, topic])).rowCount ?? 0) > 0;
    },
    async listDigestSubscribers() {
      return listWhere('digest_enabled = 1 AND paused = 0 AND blocked = 0');
    },
    async listFollowers() {
      return listWhere('paused = 0 AND blocked = 0 AND EXISTS (SELECT 1 FROM followed_topics t WHERE t.chat_id = s.chat_id)');
    },
    async count() {
      const { rows } = await pool.query<{ total: number; digest: number; blocked: number }>(
        'SELECT count(*)::int AS total, coalesce(sum(digest_enabled), 0)::int AS digest, coalesce(sum(blocked), 0)::int AS blocked FROM subscribers',
      );
      return rows[0] as { total: number; digest: number; blocked: number };
    },
  };
}
