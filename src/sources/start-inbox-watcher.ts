import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deps } from '../deps.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { ingestInboxFile } from './ingest-inbox-file.js';

export interface InboxWatcherOptions {
  dir: string;
  onIngested?: (report: IngestReport) => unknown;
  /** ms between periodic scans (fs.watch alone misses events on some file systems); 0: scan only when asked */
  pollMs?: number;
  /** whether to react to fs.watch events too (default true) */
  watch?: boolean;
}

export interface InboxWatcher {
  /** Scans the folder once: files seen unchanged since the previous scan are ingested and moved. */
  scan(): Promise<void>;
  stop(): Promise<void>;
}

interface Sighting {
  size: number;
  mtimeMs: number;
}

/**
 * Watches the inbox folder: a dropped file is ingested once and moved to `done/` or
 * `rejected/` (with `<name>.reason` beside a rejected one). A file is read only after its
 * size and mtime were the same on two consecutive scans, so one still being written is not read half-way.
 */
export async function startInboxWatcher(deps: Pick<Deps, 'stores' | 'clock' | 'logger' | 'metrics'>, options: InboxWatcherOptions): Promise<InboxWatcher> {
  const { dir } = options;
  await mkdir(join(dir, 'done'), { recursive: true });
  await mkdir(join(dir, 'rejected'), { recursive: true });
  const seen = new Map<string, Sighting>();
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  const scanOnce = async () => {
    const names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
    for (const name of [...seen.keys()]) if (!names.includes(name)) seen.delete(name);
    for (const name of names) {
      if (stopped) return;
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      const previous = seen.get(name);
      seen.set(name, { size: info.size, mtimeMs: info.mtimeMs });
      if (!previous || previous.size !== info.size || previous.mtimeMs !== info.mtimeMs) continue;
      seen.delete(name);
      const outcome = await ingestInboxFile(deps.stores.dispatches, dir, name, info.size, deps.clock.now());
      deps.logger.info({ file: name, movedTo: outcome.movedTo, added: outcome.report.added }, 'inbox file ingested');
      deps.metrics?.dispatchesRejected.inc(outcome.report.rejected.length);
      if (outcome.report.added > 0) await options.onIngested?.(outcome.report);
    }
  };

  const scan = () => {
    chain = chain.then(scanOnce).catch((error: unknown) => deps.logger.error({ err: error, dir }, 'inbox scan failed'));
    return chain;
  };

  let watcher: FSWatcher | null = null;
  if (options.watch ?? true) {
    watcher = watch(dir, () => void scan());
    watcher.on('error', (error) => deps.logger.warn({ err: error, dir }, 'inbox fs.watch failed; periodic scans go on'));
  }
  const timer = options.pollMs ? setInterval(() => void scan(), options.pollMs) : null;
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
