import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeaderLock } from '../../src/store/leader-lock.js';
import { createPgLeaderLock } from '../../src/store/pg/pg-leader-lock.js';
import { pgSchemaUrl } from '../helpers/pg-schema-url.js';
import { until } from '../helpers/until.js';
import { testDatabaseUrl } from '../helpers/store-backends.js';

const HANG_TIMEOUT_MS = 1000;
const locks: LeaderLock[] = [];
afterEach(async () => {
  for (const lock of locks.splice(0)) await lock.release();
});
/** As `wirebrief bot` opens it: the schema in the URL's options (which the lock's own session options must join). */
const lockOn = (schema: string) => {
  const lock = createPgLeaderLock(pgSchemaUrl(testDatabaseUrl as string, schema), { hangTimeoutMs: HANG_TIMEOUT_MS });
  locks.push(lock);
  return lock;
};
/** Blocks this thread's event loop for `ms`, as a leader stuck in a long synchronous loop. */
const blockEventLoop = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe.skipIf(!testDatabaseUrl)('the PostgreSQL leader lock held by a process that hangs', () => {
  it('a live holder keeps it past the hang timeout (its heartbeat); a hung one loses it to another within it, and hears so when it wakes', async () => {
    const schema = `wb_test_${randomBytes(6).toString('hex')}`;
    const lostBy: string[] = [];
    const a = lockOn(schema);
    const b = lockOn(schema);
    expect(await a.tryAcquire(() => lostBy.push('a'))).toBe(true);
    expect(await b.tryAcquire(() => lostBy.push('b'))).toBe(false);

    // alive, and silent on its own part for 2.5 hang timeouts: the heartbeat keeps the session
    await new Promise((resolve) => setTimeout(resolve, 2.5 * HANG_TIMEOUT_MS));
    expect(await b.tryAcquire(() => lostBy.push('b'))).toBe(false);
    expect(lostBy).toEqual([]);

    // hung for 2.5 hang timeouts (b too, here: its idle session ends as well and it reconnects):
    // the server ends a's session, so the lock is free for b
    blockEventLoop(2.5 * HANG_TIMEOUT_MS);
    // awake again, a learns it lost the lock
    await until(() => lostBy.includes('a'), 5000, () => `a is told it lost the lock; lost: ${lostBy.join(', ')}`);
    expect(await b.tryAcquire(() => lostBy.push('b'))).toBe(true);
    await expect(a.tryAcquire(() => lostBy.push('a'))).resolves.toBe(false);
    expect(lostBy).toEqual(['a']);
  });
});
