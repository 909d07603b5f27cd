import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ANALYSE_AFTER_ROWS } from '../../src/store/pg/pg-outbox-store.js';
import { eachLimited } from '../helpers/each-limited.js';
import { testDatabaseUrl, useStoreBackends } from '../helpers/store-backends.js';

const backend = useStoreBackends().find((b) => b.name === 'postgres') as ReturnType<typeof useStoreBackends>[number];
const SUBSCRIBERS = 300;

// With the statistics of an empty outbox, the claim's anti-joins ran as nested loops over every
// pending row: about 1 s a claim at 2,000 rows, which held the sender back (npm run bench -- --pg).
/** The pending rows the planner expects, from the outbox's statistics. */
async function plannedPendingRows(target: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>("EXPLAIN (FORMAT JSON) SELECT id FROM outbox WHERE status = 'pending'");
    return rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'];
  } finally {
    await client.end();
  }
}

describe.skipIf(!testDatabaseUrl)('an outbox filled at once on PostgreSQL', () => {
  it('is analysed after a broadcast: the planner expects as many pending rows as the broadcast queued', async () => {
    const location = backend.fresh();
    const stores = await location.open();
    const now = new Date();
    const chats = Array.from({ length: SUBSCRIBERS }, (_, i) => 1000 + i);
    await eachLimited(chats, 4, (chatId) => stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now));
    expect(await stores.outbox.enqueueBroadcast('stats', 'To every reader', now)).toBe(SUBSCRIBERS);
    expect(await plannedPendingRows(location.target)).toBe(SUBSCRIBERS);
  });

  it('is analysed as a digest tick queues a row per subscriber, one transaction each', async () => {
    const location = backend.fresh();
    const stores = await location.open();
    const now = new Date();
    const chats = Array.from({ length: ANALYSE_AFTER_ROWS }, (_, i) => 2000 + i);
    await eachLimited(chats, 4, (chatId) => stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now));
    await eachLimited(chats, 4, (chatId) => stores.outbox.enqueueDigest({ key: `digest:${chatId}`, chatId, kind: 'digest', text: 'Your digest', notBefore: now.toISOString() }, now, now));
    expect(await plannedPendingRows(location.target)).toBe(ANALYSE_AFTER_ROWS);
  });
});
