import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { type HttpInbox, startHttpInbox } from '../../src/sources/start-http-inbox.js';
import type { Deps } from '../../src/deps.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { opecDispatch, writeWireFolder } from '../helpers/write-wire-folder.js';
import { makeDeps } from '../sources/make-deps.js';

const tempDir = useTempDir();
const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));
let running: Array<{ deps: Deps; inbox: HttpInbox }> = [];
afterEach(async () => {
  for (const { deps, inbox } of running.splice(0)) {
    await inbox.close();
    deps.stores.close();
  }
});

function count(dbPath: string, sql: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

function ingest(folder: string, dbPath: string) {
  const child = spawn(process.execPath, [bin, 'ingest', folder, '--db', dbPath, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('several writers on one SQLite store', () => {
  it('three `ingest` runs of one folder at once all finish: every dispatch stored once, every alert queued once', async () => {
    const dir = tempDir();
    const files = 800;
    const folder = writeWireFolder(dir, files);
    const dbPath = join(dir, 'store.db');
    const stores = openStores(dbPath);
    const now = new Date('2026-02-05T08:00:00Z');
    await stores.subscribers.ensure({ chatId: 9, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    await stores.subscribers.follow(9, 'OPEC', now);
    stores.close();

    const runs = [ingest(folder, dbPath), ingest(folder, dbPath), ingest(folder, dbPath)];
    const codes = await Promise.all(runs.map((run) => run.exited));
    for (const run of runs) expect(run.output().stderr).not.toMatch(/locked|busy|error/i);
    expect(codes).toEqual([0, 0, 0]);
    const reports = runs.map((run) => JSON.parse(run.output().stdout) as { added: number; duplicates: number });
    expect(reports.reduce((sum, report) => sum + report.added, 0)).toBe(files);
    for (const report of reports) expect(report.added + report.duplicates).toBe(files);
    expect(count(dbPath, 'SELECT count(*) FROM dispatches')).toBe(files);
    expect(count(dbPath, "SELECT count(*) FROM outbox WHERE kind = 'alert' AND chat_id = 9")).toBe(files);
  }, 120_000);

  it('the HTTP inbox stores every post while a CLI ingest writes to the same store', async () => {
    const dir = tempDir();
    const folder = writeWireFolder(dir, 1200);
    const { deps } = makeDeps(dir);
    const token = 'inbox-secret-token-123';
    const inbox = await startHttpInbox(deps, { port: 0, host: '127.0.0.1', token });
    running.push({ deps, inbox });
    const cli = ingest(folder, join(dir, 'store.db'));
    const posts = 60;
    const statuses: number[] = [];
    for (let i = 0; i < posts; i += 1) {
      // Items the folder does not hold (numbers past its end), posted two at a time while the CLI writes.
      const batch = [0, 1].map((k) =>
        fetch(`http://127.0.0.1:${inbox.port}/ingest`, {
          method: 'POST',
          body: opecDispatch(5000 + i * 2 + k),
          headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
        }).then((res) => res.status),
      );
      statuses.push(...(await Promise.all(batch)));
      if (cli.child.exitCode !== null) break;
    }
    const overlapped = cli.child.exitCode === null;
    expect(await cli.exited).toBe(0);
    expect(overlapped || statuses.length === posts * 2).toBe(true);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1200 + statuses.length);
  }, 120_000);
});
