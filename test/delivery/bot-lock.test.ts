import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { openDatabase } from '../../src/store/open-database.js';
import { acquireProcessLock } from '../../src/store/sqlite/acquire-process-lock.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { runWirebriefChild } from '../helpers/run-child.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';

describe('two `wirebrief bot` processes on one SQLite store', () => {
  it('refuses the second, naming the store and the holder; a killed holder is recognised as stale', async () => {
    const db = join(tempDir(), 'store.db');
    const api = await startFakeBotApi({ ...testBotInfo });
    const env = { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'warn' };
    const started = () => api.calls.filter((c) => c.method === 'setMyCommands').length / 2;
    const first = runWirebriefChild(['bot', '--db', db], env);
    let third: ReturnType<typeof runWirebriefChild> | null = null;
    try {
      await api.waitFor(() => started() >= 1, 30_000);
      const second = runWirebriefChild(['bot', '--db', db], env);
      const refused = await second.exited;
      expect(refused.code).toBe(1);
      const line = second.output().stderr;
      expect(line).toContain(`the store at ${db} is in use by another \`wirebrief bot\``);
      expect(line).toContain(`pid ${first.child.pid} on host ${hostname()}`);
      expect(started()).toBe(1); // the second never got as far as the Bot API

      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      third = runWirebriefChild(['bot', '--db', db], env);
      await api.waitFor(() => started() >= 2, 30_000);
      expect(third.output().stderr).toContain('took over the store from a bot that is no longer running');
      third.child.kill('SIGTERM');
      expect((await third.exited).code).toBe(0);
    } finally {
      for (const run of [first, third]) if (run && run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
      await api.close();
    }
  }, 90_000);
});

describe('the store lock held from another host', () => {
  it('is respected while its heartbeat is fresh and taken over once it is older than the stale limit', () => {
    const path = join(tempDir(), 'store.db');
    const db = openDatabase(path);
    try {
      const clock = fixedClock('2026-02-05T04:00:00Z');
      const beat = (at: string) =>
        db
          .prepare("INSERT OR REPLACE INTO process_locks (name, token, pid, host, started_at, heartbeat_at) VALUES ('bot', 't', 4242, 'replica-b', ?, ?)")
          .run('2026-02-05T03:00:00.000Z', at);
      beat('2026-02-05T03:59:30.000Z');
      expect(() => acquireProcessLock(db, path, 'bot', { clock, staleMs: 60_000 })).toThrow(`(pid 4242 on host replica-b, since 2026-02-05T03:00:00.000Z)`);
      beat('2026-02-05T03:58:59.000Z');
      const lock = acquireProcessLock(db, path, 'bot', { clock, staleMs: 60_000 });
      expect(lock.replaced).toEqual({ pid: 4242, host: 'replica-b' });
      lock.release();
      // on this host, a fresh heartbeat counts only while the pid runs
      db.prepare("INSERT INTO process_locks VALUES ('bot', 't', 4243, ?, ?, ?)").run(hostname(), clock.now().toISOString(), clock.now().toISOString());
      expect(() => acquireProcessLock(db, path, 'bot', { clock, isRunning: (pid) => pid === 4243 })).toThrow(`pid 4243 on host ${hostname()}`);
      expect(acquireProcessLock(db, path, 'bot', { clock, isRunning: () => false }).replaced).toEqual({ pid: 4243, host: hostname() });
    } finally {
      db.close();
    }
  });
});
