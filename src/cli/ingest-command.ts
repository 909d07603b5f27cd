import { readFile, stat } from 'node:fs/promises';
import { agencyOfMarker } from '../dispatch/agency-markers.js';
import { enqueuePendingAlerts } from '../digest/enqueue-pending-alerts.js';
import { InputError } from '../errors.js';
import { createLogger } from '../logger.js';
import { type PreparePool, createPreparePool, prepareWorkersFor } from '../ingest/create-prepare-pool.js';
import { finishBulkIngest } from '../ingest/finish-bulk-ingest.js';
import { type IngestReport, emptyReport, mergeReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, rejectOversizeSource, storePreparedSource } from '../ingest/ingest-wire-bytes.js';
import { mapAhead } from '../ingest/map-ahead.js';
import { fetchUrlOnce } from '../sources/fetch-url-once.js';
import type { Stores } from '../store/open-stores.js';
import { openStoreAt } from '../store/open-store-at.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';
import { collectInputs, describeFsError, type InputRef } from './collect-inputs.js';
import { readStream } from './read-stream.js';
import { telegramPresenter } from '../telegram/presenter.js';

/** Sources read and prepared ahead of the one being stored: enough to keep a prepare worker busy, few enough to bound memory. */
const INGEST_AHEAD = 2;

/**
 * `wirebrief ingest <path-or-url>...`: exit 0, or 2 when some input was rejected. Sources are
 * stored in order, one transaction each; with several, the next ones are read, parsed and
 * analysed in prepare workers while the current one is stored.
 */
export async function ingestCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.length === 0) throw new InputError('ingest needs at least one file, folder, URL or - for stdin');
  const agency = agencyOption(ctx.options.agency);
  const refs = await collectInputs(ctx.args);
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  const report = emptyReport();
  const progress = createProgress(ctx, refs.length);
  const pool = createPreparePool(prepareWorkersFor(refs.length));
  try {
    for await (const store of mapAhead(refs, INGEST_AHEAD, (ref) => startRef(ref, stores, pool, ctx, agency))) {
      mergeReport(report, await store());
      progress.tick();
    }
    await finishBulkIngest(stores.dispatches, report.added);
    // Followers of a topic hear about new dispatches however they arrived (this run's, and any an
    // interrupted run stored but never alerted); the bot's sender delivers.
    await enqueuePendingAlerts({ stores, logger: createLogger(ctx.config.LOG_LEVEL), presenter: telegramPresenter, config: ctx.config }, ctx.io.now());
  } finally {
    await pool.close();
    progress.done();
    await stores.close();
  }
  output(ctx, report, () => describeReport(report));
  return report.rejected.length > 0 ? 2 : 0;
}

/**
 * Starts on one input: reads and prepares a file or stdin now (in the pool), and returns the step
 * that stores it, to run in order. A URL is fetched and stored by its step; a missing path is
 * reported by it.
 */
async function startRef(
  ref: InputRef,
  stores: Stores,
  pool: PreparePool,
  ctx: CommandContext,
  agency: string | undefined,
): Promise<() => Promise<IngestReport>> {
  const now = ctx.io.now();
  const store = stores.dispatches;
  switch (ref.kind) {
    case 'missing':
      return rejectedOnly(ref.source, ref.reason);
    case 'skipped':
      return async () => ({ ...emptyReport(), warnings: [{ source: ref.source, message: ref.reason }] });
    case 'url':
      return () => fetchUrlOnce(stores, ref.source, now, undefined, agency);
    case 'stdin': {
      const { bytes, byteLength } = await readStream(ctx.io.stdin, MAX_SOURCE_BYTES);
      if (byteLength > MAX_SOURCE_BYTES) return () => rejectOversizeSource(store, ref.source, byteLength, now);
      const prepared = await pool.prepare({ source: ref.source, bytes, ...(agency ? { agency } : {}) }, now);
      return () => storePreparedSource(store, prepared, now);
    }
    case 'file': {
      if (ref.size > MAX_SOURCE_BYTES) return () => rejectOversizeSource(store, ref.source, ref.size, now);
      let bytes: Buffer;
      let sourceTime: string | undefined;
      try {
        bytes = await readFile(ref.source);
        // The file's time dates copy that carries no year or no date.
        sourceTime = (await stat(ref.source)).mtime.toISOString();
      } catch (error) {
        // One unreadable file is one rejected source; the run goes on.
        return rejectedOnly(ref.source, describeFsError(error, 'file'));
      }
      const prepared = await pool.prepare({ source: ref.source, bytes, sourceTime, ...(agency ? { agency } : {}) }, now);
      return () => storePreparedSource(store, prepared, now);
    }
  }
}

/** `--agency KUNA`: the agency of copy that names none; a known marker is spelt as the agency (`kuna` → `KUNA`). */
function agencyOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (typeof value !== 'string' || !/^[\p{L}\p{N}._-]{1,20}$/u.test(value.trim())) {
    throw new InputError('--agency takes one short word, the agency of copy that names none (e.g. --agency KUNA)');
  }
  return agencyOfMarker(value) ?? value.trim();
}

/** The step of an input that could not be read: it adds only its rejection to the report. */
function rejectedOnly(source: string, reason: string): () => Promise<IngestReport> {
  return async () => ({ ...emptyReport(), rejected: [{ source, reason }] });
}

function describeReport(report: IngestReport): string {
  const lines = [`added ${report.added}, duplicates ${report.duplicates}, rejected ${report.rejected.length}`];
  for (const r of report.rejected) lines.push(`rejected ${r.source}: ${r.reason}`);
  for (const w of report.warnings) lines.push(`warning ${w.source}: ${w.message}`);
  return lines.join('\n');
}

/** Progress on stderr, only on a terminal and only when the run takes a while. */
function createProgress(ctx: CommandContext, total: number) {
  const started = Date.now();
  let count = 0;
  let shown = false;
  return {
    tick() {
      count += 1;
      if (!ctx.io.isTty || Date.now() - started < 1000) return;
      shown = true;
      ctx.io.stderr(`\ringested ${count}/${total} sources`);
    },
    done() {
      if (shown) ctx.io.stderr('\n');
    },
  };
}
