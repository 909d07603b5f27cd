import { lstat, rename, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IngestReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, rejectUnreadSource, storePreparedSourceInSteps } from '../ingest/ingest-wire-bytes.js';
import { type PreparedSource, type WireInput, prepareSource } from '../ingest/prepare-source.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import { linkVersions } from './link-versions.js';
import { readRegularFile } from './read-regular-file.js';

export interface InboxFileOutcome {
  report: IngestReport;
  /** where the file now is */
  movedTo: string;
}

/** Prepares a source for the store: in this thread, or in a prepare worker so a large one does not hold the event loop. */
export type PrepareSource = (input: WireInput, now: Date) => Promise<PreparedSource>;

export const prepareHere: PrepareSource = async (input, now) => prepareSource(input, now);

/**
 * Ingests one entry of the inbox folder and moves it: to `rejected/` when nothing in it could be
 * used, else to `done/`; any rejection is written to `<name>.reason` beside the moved file.
 * Only a regular file of the folder is read (see readRegularFile); anything else (a symbolic link,
 * a pipe) is quarantined by name and reason, never by content, and moved to `rejected/` as it is.
 * Stored before moved: a crash in between re-reads the file later, and the same text is one dispatch.
 * `wire` carries the file's time and the folder's default agency to the parser.
 */
export async function ingestInboxFile(
  store: DispatchStore,
  dir: string,
  name: string,
  now: Date,
  prepare: PrepareSource = prepareHere,
  wire: Pick<WireInput, 'agency' | 'sourceTime'> = {},
): Promise<InboxFileOutcome> {
  const path = join(dir, name);
  const read = await readRegularFile(path, MAX_SOURCE_BYTES);
  const report = read.ok
    ? await storePreparedSourceInSteps(store, await prepare({ source: path, bytes: read.bytes, ...wire }, now), now)
    : await rejectUnreadSource(store, path, read.reason, read.byteLength, now);
  await linkVersions(store, report, { edited: false }, now);
  const usable = report.added + report.duplicates > 0;
  const target = await freeName(join(dir, usable ? 'done' : 'rejected'), name, now);
  await rename(path, target);
  if (report.rejected.length > 0) {
    await writeFile(`${target}.reason`, `${report.rejected.map((r) => r.reason).join('\n')}\n`, { encoding: 'utf8', flag: 'wx' });
  }
  return { report, movedTo: target };
}

/**
 * `name` in `folder`, or the name with the time added, such that neither it nor its `.reason`
 * companion is taken: a moved file never replaces an earlier one, nor an earlier file's reason.
 */
async function freeName(folder: string, name: string, now: Date): Promise<string> {
  const free = async (path: string) => !(await exists(path)) && !(await exists(`${path}.reason`));
  const plain = join(folder, name);
  if (await free(plain)) return plain;
  const ext = extname(name);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n += 1) {
    const candidate = join(folder, `${name.slice(0, name.length - ext.length)}.${stamp}${n ? `-${n}` : ''}${ext}`);
    if (await free(candidate)) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  // lstat: a dangling symbolic link moved here earlier still takes its name.
  return lstat(path).then(
    () => true,
    () => false,
  );
}
