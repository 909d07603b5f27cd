import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type Leadership, leadWhenElected } from '../../src/app/lead-when-elected.js';
import { createPgLeaderLock } from '../../src/store/pg/pg-leader-lock.js';
import { until } from '../helpers/until.js';
import { testDatabaseUrl } from '../helpers/store-backends.js';

const logger = pino({ level: 'silent' });
const running: Leadership[] = [];
afterEach(async () => {
  for (const leadership of running.splice(0)) await leadership.stop();
});


/** A replica's leadership on `schema`, recording when its leader parts start and stop. */
async function replica(schema: string, events: string[], name: string) {
  const lock = createPgLeaderLock(testDatabaseUrl as string, { schema });
  const leadership = await leadWhenElected({
    lock, logger, retryMs: 200,
    lead: async () => {
      events.push(`${name} leads`);
      return async () => void events.push(`${name} stops`);
    },
  });
  running.push(leadership);
  return leadership;
}

describe.skipIf(!testDatabaseUrl)('leader election on a PostgreSQL advisory lock', () => {
  it('one replica per store leads; when its lock connection dies it stops leading, and one replica leads again', async () => {
    // the schemas are not created: the lock works before the first migration too
    const schema = `wb_test_${randomBytes(6).toString('hex')}`;
    const other = `wb_test_${randomBytes(6).toString('hex')}`;
    const events: string[] = [];
    const a = await replica(schema, events, 'a');
    const b = await replica(schema, events, 'b');
    // another store on the same server has a leader of its own
    const c = await replica(other, events, 'c');
    expect([a.leading(), b.leading(), c.leading()]).toEqual([true, false, true]);
    expect(events).toEqual(['a leads', 'c leads']);

    // a's session ends (as when its process dies or the server drops it)
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND granted AND objid = hashtext($1)::oid",
        [schema],
      );
      expect(rows).toHaveLength(1);
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
    } finally {
      await admin.end();
    }
    await until(() => events.includes('a stops') && (a.leading() || b.leading()), 10_000, () => `a stops and one leads; events: ${events.join(', ')}`);
    // the lock is free again: one of the two takes it (a may win it back), never both
    expect([a.leading(), b.leading()].filter(Boolean)).toHaveLength(1);
    expect(events.slice(0, 3)).toEqual(['a leads', 'c leads', 'a stops']);
    expect(events.slice(3)).toEqual([a.leading() ? 'a leads' : 'b leads']);
  });
});
