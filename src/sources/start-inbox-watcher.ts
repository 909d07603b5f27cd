import { type FSWatcher, watch } from 'node:fs';
import { lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deps } from '../deps.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { type PrepareSource, ingestInboxFile } from './ingest-inbox-file.js';

export interface InboxWatcherOptions {
  dir: string;
  onIngested?: (report: IngestReport) => unknown;
  /** ms between periodic scans, so a file moved in (no write event) or a missed event is still seen (default 1000); 0: scan only when asked */
  pollMs?: number;
  /** how long a file's size and mtime must stay unchanged before it is read (default 5000 ms) */
  settleMs?: number;
  /** whether to react to fs.watch events too (default true) */
  watch?: boolean;
  /** prepares a file's text for the store (default: in this thread); the bot passes its prepare worker */
  prepare?: PrepareSource;
  /** the agency of copy that names none (WIREBRIEF_INBOX_AGENCY) */
  agency?: string;
}

export interface InboxWatcher {
  /** Scans the folder once: files unchanged for the settle interval are ingested and moved. */
  scan(): Promise<void>;
  stop(): Promise<void>;
}

interface Sighting {
  size: number;
  mtimeMs: number;
  ino: number;
  /** when this size and mtime were first seen (monotonic ms) */
  since: number;
}

export const DEFAULT_INBOX_POLL_MS = 1000;
export const DEFAULT_INBOX_SETTLE_MS = 5000;

/**
 * Watches the inbox folder: a dropped file is ingested once and moved to `done/` or
 * `rejected/` (with `<name>.reason` beside a rejected one). A file is read only once its size and
 * mtime have stayed the same for the settle interval, over at least two scans, so one still being
 * written is not read half-way; a writer that pauses longer should write under a name starting
 * with one dot and rename it when done (such names are left alone). Symbolic links and other
 * entries that are not regular files are refused unread (see ingestInboxFile).
 */
export async function startInboxWatcher(deps: Pick<Deps, 'stores' | 'clock' | 'logger'>, options: InboxWatcherOptions): Promise<InboxWatcher> {
  const { dir } = options;
  const settleMs = options.settleMs ?? DEFAULT_INBOX_SETTLE_MS;
  const pollMs = options.pollMs ?? DEFAULT_INBOX_POLL_MS;
  await mkdir(join(dir, 'done'), { recursive: true });
  await mkdir(join(dir, 'rejected'), { recursive: true });
  const seen = new Map<string, Sighting>();
  const leftAlone = new Set<string>();
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  /** Logs once per name why an entry is not read (a hidden in-progress name, a folder). */
  const leaveAlone = (name: string, why: string) => {
    if (leftAlone.has(name)) return;
    leftAlone.add(name);
    deps.logger.info({ dir, file: name }, `inbox entry left alone: ${why}`);
  };

  /** Ingests one entry; its mtime (when it has one) dates copy that carries no year or no date. */
  const ingest = async (name: string, mtimeMs?: number) => {
    const wire = { ...(mtimeMs !== undefined ? { sourceTime: new Date(mtimeMs).toISOString() } : {}), ...(options.agency ? { agency: options.agency } : {}) };
    const outcome = await ingestInboxFile(deps.stores.dispatches, dir, name, deps.clock.now(), options.prepare, wire);
    deps.logger.info({ file: name, movedTo: outcome.movedTo, added: outcome.report.added, rejected: outcome.report.rejected.length }, 'inbox file ingested');
    if (outcome.report.added > 0) await options.onIngested?.(outcome.report);
  };

  /** Whether `name` is a regular file unchanged for the settle interval; records what it saw. */
  const settled = (name: string, info: { size: number; mtimeMs: number; ino: number }): boolean => {
    const previous = seen.get(name);
    const now = performance.now();
    if (!previous || previous.size !== info.size || previous.mtimeMs !== info.mtimeMs || previous.ino !== info.ino) {
      seen.set(name, { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, since: now });
      return false;
    }
    return now - previous.since >= settleMs;
  };

  const scanOnce = async () => {
    const names = (await readdir(dir)).filter((name) => name !== 'done' && name !== 'rejected').sort();
    for (const name of [...seen.keys()]) if (!names.includes(name)) seen.delete(name);
    for (const name of [...leftAlone]) if (!names.includes(name)) leftAlone.delete(name);
    for (const name of names) {
      if (stopped) return;
      // One leading dot marks a file being written (write `.x.txt`, then rename it to `x.txt`).
      if (name.startsWith('.') && !name.startsWith('..')) {
        leaveAlone(name, 'its name starts with a dot (a file being written); rename it without the dot to have it read');
        continue;
      }
      const info = await lstat(join(dir, name)).catch(() => null);
      if (!info) continue;
      if (info.isDirectory()) {
        leaveAlone(name, 'a folder (only files dropped in the inbox itself are read)');
        continue;
      }
      // Not a regular file (a symbolic link, a pipe): refused at once, unread; a regular one waits to settle.
      if (info.isFile() && !settled(name, info)) continue;
      seen.delete(name);
      await ingest(name, info.isFile() ? info.mtimeMs : undefined);
    }
  };

  const scan = () => {
    chain = chain.then(scanOnce).catch((error: unknown) => deps.logger.error({ err: error, dir }, 'inbox scan failed; the next scan retries'));
    return chain;
  };

  let watcher: FSWatcher | null = null;
  if (options.watch ?? true) {
    watcher = watch(dir, () => void scan());
    watcher.on('error', (error) => deps.logger.warn({ err: error, dir }, 'inbox fs.watch failed; periodic scans go on'));
  }
  const timer = pollMs > 0 ? setInterval(() => void scan(), pollMs) : null;
  void scan();

  return {
    scan,
    async stop() {
      stopped = true;
      watcher?.close();
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}
