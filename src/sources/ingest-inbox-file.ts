import { access, readFile, rename, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IngestReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, ingestWireBytes, rejectOversizeSource } from '../ingest/ingest-wire-bytes.js';
import type { WireInput } from '../ingest/prepare-source.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import { linkVersions } from './link-versions.js';

export interface InboxFileOutcome {
  report: IngestReport;
  /** where the file now is */
  movedTo: string;
}

/**
 * Ingests one file of the inbox folder and moves it: to `rejected/` when nothing in it could be
 * used, else to `done/`; any rejection is written to `<name>.reason` beside the moved file.
 * Stored before moved: a crash in between re-reads the file later, and the same text is one dispatch.
 * `wire` carries the file's time and the folder's default agency to the parser.
 */
export async function ingestInboxFile(
  store: DispatchStore,
  dir: string,
  name: string,
  size: number,
  now: Date,
  wire: Pick<WireInput, 'agency' | 'sourceTime'> = {},
): Promise<InboxFileOutcome> {
  const path = join(dir, name);
  const report =
    size > MAX_SOURCE_BYTES
      ? await rejectOversizeSource(store, path, size, now)
      : await ingestWireBytes(store, { source: path, bytes: await readFile(path), ...wire }, now);
  await linkVersions(store, report, { edited: false }, now);
  const usable = report.added + report.duplicates > 0;
  const target = await freeName(join(dir, usable ? 'done' : 'rejected'), name, now);
  await rename(path, target);
  if (report.rejected.length > 0) {
    await writeFile(`${target}.reason`, `${report.rejected.map((r) => r.reason).join('\n')}\n`, 'utf8');
  }
  return { report, movedTo: target };
}

/** `name` in `folder`, or name with the time added when a file of that name is already there. */
async function freeName(folder: string, name: string, now: Date): Promise<string> {
  const plain = join(folder, name);
  if (!(await exists(plain))) return plain;
  const ext = extname(name);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n += 1) {
    const candidate = join(folder, `${name.slice(0, name.length - ext.length)}.${stamp}${n ? `-${n}` : ''}${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
