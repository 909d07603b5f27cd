import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { writeWireFolder } from '../helpers/write-wire-folder.js';

const tempDir = useTempDir();
const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));
const FILES = 1500;

function count(dbPath: string, sql: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

function ingest(folder: string, dbPath: string) {
  const child = spawn(process.execPath, [bin, 'ingest', folder, '--db', dbPath, '--json'], { stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

/** A store with one subscriber who follows OPEC, which every dispatch of the folder names. */
async function storeWithFollower(dbPath: string): Promise<void> {
  const stores = openStores(dbPath);
  const now = new Date('2026-02-05T08:00:00Z');
  await stores.subscribers.ensure({ chatId: 9, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
  await stores.subscribers.follow(9, 'OPEC', now);
  stores.close();
}

describe('alerts of an interrupted ingest', () => {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`are all queued, once each, by the run after a ${signal}`, async () => {
      const dir = tempDir();
      const folder = writeWireFolder(dir, FILES);
      const dbPath = join(dir, 'store.db');
      await storeWithFollower(dbPath);

      const first = ingest(folder, dbPath);
      let storedAtKill = 0;
      for (let polls = 0; polls < 2400 && first.child.exitCode === null; polls += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        storedAtKill = count(dbPath, 'SELECT count(*) FROM dispatches');
        if (storedAtKill >= 200) {
          first.child.kill(signal);
          break;
        }
      }
      expect((await first.exited).signal).toBe(signal);
      expect(storedAtKill).toBeGreaterThanOrEqual(200);
      expect(count(dbPath, 'SELECT count(*) FROM dispatches')).toBeLessThan(FILES);

      const rerun = ingest(folder, dbPath);
      expect((await rerun.exited).code).toBe(0);
      expect(count(dbPath, 'SELECT count(*) FROM dispatches')).toBe(FILES);
      expect(count(dbPath, 'SELECT count(DISTINCT story_id) FROM dispatches')).toBe(FILES);
      // One alert per story, for the dispatches the killed run stored as for the rest.
      expect(count(dbPath, "SELECT count(*) FROM outbox WHERE kind = 'alert' AND chat_id = 9")).toBe(FILES);
      expect(count(dbPath, 'SELECT count(*) FROM unalerted')).toBe(0);

      const again = ingest(folder, dbPath);
      expect((await again.exited).code).toBe(0);
      expect(count(dbPath, "SELECT count(*) FROM outbox WHERE kind = 'alert'")).toBe(FILES);
    }, 120_000);
  }
});
