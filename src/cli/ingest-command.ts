import { readFile } from 'node:fs/promises';
import { enqueueAlerts } from '../digest/enqueue-alerts.js';
import { InputError } from '../errors.js';
import { createLogger } from '../logger.js';
import { type IngestReport, emptyReport, mergeReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, ingestWireBytes, rejectOversizeSource } from '../ingest/ingest-wire-bytes.js';
import { fetchUrlOnce } from '../sources/fetch-url-once.js';
import { type Stores, openStores } from '../store/open-stores.js';
import { type CommandContext, output } from './cli-io.js';
import { collectInputs, type InputRef } from './collect-inputs.js';
import { readStream } from './read-stream.js';

/** `wirebrief ingest <path-or-url>...`: exit 0, or 2 when some input was rejected. */
export async function ingestCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.length === 0) throw new InputError('ingest needs at least one file, folder, URL or - for stdin');
  const refs = await collectInputs(ctx.args);
  const stores = openStores(ctx.dbPath);
  const report = emptyReport();
  const progress = createProgress(ctx, refs.length);
  try {
    for (const ref of refs) {
      mergeReport(report, await ingestRef(ref, stores, ctx));
      progress.tick();
    }
    // Followers of a topic hear about new dispatches however they arrived; the bot's sender delivers.
    const added = report.dispatches.filter((d) => !d.duplicate).map((d) => d.id);
    await enqueueAlerts({ stores, logger: createLogger(ctx.config.LOG_LEVEL) }, added, ctx.io.now());
  } finally {
    progress.done();
    stores.close();
  }
  output(ctx, report, () => describeReport(report));
  return report.rejected.length > 0 ? 2 : 0;
}

async function ingestRef(ref: InputRef, stores: Stores, ctx: CommandContext): Promise<IngestReport> {
  const now = ctx.io.now();
  const store = stores.dispatches;
  switch (ref.kind) {
    case 'missing':
      return { ...emptyReport(), rejected: [{ source: ref.source, reason: ref.reason }] };
    case 'url':
      return fetchUrlOnce(stores, ref.source, now);
    case 'stdin': {
      const { bytes, byteLength } = await readStream(ctx.io.stdin, MAX_SOURCE_BYTES);
      if (byteLength > MAX_SOURCE_BYTES) return rejectOversizeSource(store, ref.source, byteLength, now);
      return ingestWireBytes(store, { source: ref.source, bytes }, now);
    }
    case 'file': {
      if (ref.size > MAX_SOURCE_BYTES) return rejectOversizeSource(store, ref.source, ref.size, now);
      return ingestWireBytes(store, { source: ref.source, bytes: await readFile(ref.source) }, now);
    }
  }
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
