import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, linkSync, lstatSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { type InboxWatcher, startInboxWatcher } from '../../src/sources/start-inbox-watcher.js';
import { openDatabase } from '../../src/store/open-database.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { arabicWire, englishWire } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
let running: Array<{ deps: Deps; watcher: InboxWatcher }> = [];
afterEach(async () => {
  for (const { deps, watcher } of running.splice(0)) {
    await watcher.stop();
    deps.stores.close();
  }
});

async function start(options: { auto: boolean; settleMs?: number; pollMs?: number }, onIngested?: (report: IngestReport) => void) {
  const dir = tempDir();
  const inbox = join(dir, 'inbox');
  const { deps } = makeDeps(dir);
  const pollMs = options.pollMs ?? (options.auto ? 50 : 0);
  const watcher = await startInboxWatcher(deps, { dir: inbox, onIngested, pollMs, watch: options.auto, settleMs: options.settleMs ?? 0 });
  running.push({ deps, watcher });
  return { deps, inbox, watcher, dir };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}

describe('watched inbox folder', () => {
  it('ingests a dropped file once and moves it to done/', async () => {
    const seen: IngestReport[] = [];
    const { deps, inbox } = await start({ auto: true }, (report) => seen.push(report));
    writeFileSync(join(inbox, 'oil.txt'), arabicWire);
    await waitFor(() => existsSync(join(inbox, 'done', 'oil.txt')) && seen.length > 0);
    expect(readdirSync(inbox).sort()).toEqual(['done', 'rejected']);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.dispatches[0]).toMatchObject({ source: join(inbox, 'oil.txt'), duplicate: false });
  });

  it('moves a file with nothing usable to rejected/ with a .reason file', async () => {
    const { deps, inbox, watcher } = await start({ auto: false });
    writeFileSync(join(inbox, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    await watcher.scan();
    await watcher.scan();
    expect(existsSync(join(inbox, 'rejected', 'photo.txt'))).toBe(true);
    expect(readFileSync(join(inbox, 'rejected', 'photo.txt.reason'), 'utf8').trim()).not.toBe('');
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
  });

  it('does not read a file still being written: a slow writer gets ingested whole, once', async () => {
    const seen: IngestReport[] = [];
    const { deps, inbox, watcher } = await start({ auto: false }, (report) => seen.push(report));
    await watcher.scan(); // the start's own scan is over before the file appears (else it may see the first line twice)
    const path = join(inbox, 'beijing.txt');
    const lines = englishWire.split('\n');
    writeFileSync(path, `${lines[0]}\n`);
    for (const line of lines.slice(1)) {
      await watcher.scan(); // sees a changed size each time: not read yet
      expect(existsSync(path)).toBe(true);
      appendFileSync(path, `${line}\n`);
    }
    await watcher.scan(); // first sighting of the final size
    expect(existsSync(path)).toBe(true);
    await watcher.scan(); // unchanged since: ingested
    expect(existsSync(join(inbox, 'done', 'beijing.txt'))).toBe(true);
    expect(seen).toHaveLength(1);
    const dispatch = await deps.stores.dispatches.getDispatch(seen[0]!.dispatches[0]!.id);
    expect(dispatch!.paragraphs).toHaveLength(4);
    expect(dispatch!.endMarker).toBe(true);
    await watcher.scan();
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  });

  it('keeps a second file of the same name beside the first in done/', async () => {
    const { inbox, watcher } = await start({ auto: false });
    for (let round = 0; round < 2; round += 1) {
      writeFileSync(join(inbox, 'oil.txt'), arabicWire);
      await watcher.scan();
      await watcher.scan();
    }
    expect(readdirSync(join(inbox, 'done')).filter((name) => name.startsWith('oil.')).length).toBe(2);
  });
});

describe('watched inbox folder, faults', () => {
  it('waits for a writer that pauses mid-file: the whole text is stored, once', async () => {
    const seen: IngestReport[] = [];
    const { deps, inbox } = await start({ auto: true, settleMs: 3000 }, (report) => seen.push(report));
    const lines = englishWire.split('\n');
    // A writer of its own, as a shell redirect writes: the first three lines (a dispatch by itself), a pause, the rest.
    const script = 'printf "%s\\n" "$1" > "$3"; sleep 0.3; printf "%s" "$2" >> "$3"';
    const writer = spawn('sh', ['-c', script, 'sh', lines.slice(0, 3).join('\n'), lines.slice(3).join('\n'), join(inbox, 'slow.txt')]);
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    await waitFor(() => existsSync(join(inbox, 'done', 'slow.txt')) && seen.length > 0);
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(inbox).sort()).toEqual(['done', 'rejected']);
    expect(seen).toHaveLength(1);
    const dispatch = await deps.stores.dispatches.getDispatch(seen[0]!.dispatches[0]!.id);
    expect(dispatch!.endMarker).toBe(true);
    expect(dispatch!.paragraphs).toHaveLength(4);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  });

  it('sees a file moved in atomically without another file arriving (periodic scan on by default)', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'inbox');
    const { deps } = makeDeps(dir);
    const watcher = await startInboxWatcher(deps, { dir: inbox, watch: false, settleMs: 0 });
    running.push({ deps, watcher });
    writeFileSync(join(dir, 'staged.txt'), arabicWire);
    renameSync(join(dir, 'staged.txt'), join(inbox, 'oil.txt'));
    await waitFor(() => existsSync(join(inbox, 'done', 'oil.txt')));
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  });

  it('never reads through a symbolic link, a hard link or a pipe: quarantined by name and reason, no bytes kept', async () => {
    const { deps, inbox, watcher, dir } = await start({ auto: false });
    const secret = join(dir, 'secret-env');
    writeFileSync(secret, `TELEGRAM_BOT_TOKEN=123:very-secret-value\n${englishWire}`);
    symlinkSync(secret, join(inbox, 'env.txt'));
    symlinkSync('/etc/passwd', join(inbox, 'passwd.txt'));
    symlinkSync(dir, join(inbox, 'up'));
    linkSync(secret, join(inbox, 'hard.txt'));
    execFileSync('mkfifo', [join(inbox, 'pipe.txt')]);
    await watcher.scan();
    await watcher.scan();
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
    // the stores no longer expose the SQLite handle: the quarantine read from the file itself
    const db = openDatabase(join(dir, 'store.db'));
    const rows = db.prepare('SELECT source, reason, bytes FROM quarantine ORDER BY source').all() as Array<{ source: string; reason: string; bytes: Buffer | null }>;
    expect(rows.map((row) => basename(row.source))).toEqual(['env.txt', 'hard.txt', 'passwd.txt', 'pipe.txt', 'up']);
    for (const row of rows) expect(row.bytes).toBeNull();
    expect(rows.find((row) => row.source.endsWith('env.txt'))!.reason).toMatch(/symbolic link, not followed/);
    expect(rows.find((row) => row.source.endsWith('hard.txt'))!.reason).toMatch(/hard link/);
    expect(rows.find((row) => row.source.endsWith('pipe.txt'))!.reason).toMatch(/not a regular file/);
    expect(JSON.stringify(db.prepare('SELECT * FROM quarantine').all())).not.toContain('very-secret');
    db.close();
    // The links themselves moved aside; what they point at untouched.
    expect(lstatSync(join(inbox, 'rejected', 'env.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(inbox, 'rejected', 'env.txt.reason'), 'utf8')).toMatch(/symbolic link/);
    expect(readFileSync(secret, 'utf8')).toContain('very-secret');
    expect(readdirSync(inbox).sort()).toEqual(['done', 'rejected']);
  });

  it('reads a name starting with two dots, leaves a one-dot name (a file being written) alone', async () => {
    const { deps, inbox, watcher } = await start({ auto: false });
    writeFileSync(join(inbox, '..oil.txt'), arabicWire);
    writeFileSync(join(inbox, '.beijing.txt.part'), englishWire);
    await watcher.scan();
    await watcher.scan();
    expect(existsSync(join(inbox, 'done', '..oil.txt'))).toBe(true);
    expect(existsSync(join(inbox, '.beijing.txt.part'))).toBe(true);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  });

  it('a rejected file never overwrites an earlier rejected file named like its .reason', async () => {
    const { inbox, watcher } = await start({ auto: false });
    const first = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]);
    writeFileSync(join(inbox, 'photo.reason'), first);
    await watcher.scan();
    await watcher.scan();
    writeFileSync(join(inbox, 'photo'), Buffer.from([0, 1, 2, 3]));
    await watcher.scan();
    await watcher.scan();
    expect(readFileSync(join(inbox, 'rejected', 'photo.reason'))).toEqual(first);
    const names = readdirSync(join(inbox, 'rejected'));
    expect(names.filter((name) => name.startsWith('photo.') && !name.endsWith('.reason') && name !== 'photo.reason')).toHaveLength(1);
    expect(names).toHaveLength(4); // photo.reason, photo.reason.reason, photo.<time>, photo.<time>.reason
  });
});
