import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPreparePool, prepareWorkersFor } from '../src/ingest/create-prepare-pool.js';
import { finishBulkIngest } from '../src/ingest/finish-bulk-ingest.js';
import { storePreparedSource } from '../src/ingest/ingest-wire-bytes.js';
import { mapAhead } from '../src/ingest/map-ahead.js';
import { searchDispatches } from '../src/search/search-dispatches.js';
import { openStores } from '../src/store/open-stores.js';
import { benchQueries } from './bench-queries.js';
import { runFanoutBench } from './fanout-bench.js';
import { runBaseline } from './run-baseline.js';
import { generateDispatches } from './generate-dispatches.js';
import { percentile } from './percentile.js';

/** Dispatches per source (a file or a feed poll), each source one transaction, as in production. */
const PER_SOURCE = 200;
const SEARCH_ROUNDS = 5;
const INGEST_AHEAD = 2;

const args = process.argv.slice(2);
const json = args.includes('--json');
const countArg = args.indexOf('--dispatches');
const count = countArg >= 0 ? Number(args[countArg + 1]) : 100_000;
const log = (text: string) => process.stderr.write(`${text}\n`);

const dir = mkdtempSync(join(tmpdir(), 'wirebrief-bench-'));
try {
  log(`generating ${count} dispatches…`);
  const texts = generateDispatches(count);
  const sources: Uint8Array[] = [];
  for (let i = 0; i < texts.length; i += PER_SOURCE) sources.push(Buffer.from(texts.slice(i, i + PER_SOURCE).join('\n')));

  const stores = openStores(join(dir, 'bench.db'));
  const workers = prepareWorkersFor(sources.length);
  log(`ingesting through the full pipeline (decode, split, parse, analyse in ${workers} prepare worker(s); story, store)…`);
  const now = new Date('2026-01-01T00:00:00Z');
  let added = 0;
  const ingestStart = performance.now();
  // As `wirebrief ingest` does: sources prepared ahead in the pool, stored in order, one transaction
  // each, the index merged at the end of the run (timed with the ingest).
  const pool = createPreparePool(workers);
  try {
    const prepared = mapAhead(sources, INGEST_AHEAD, (bytes, index) => pool.prepare({ source: `bench-${index}`, bytes }, now));
    for await (const source of prepared) {
      const report = await storePreparedSource(stores.dispatches, source, now);
      added += report.added;
      if (report.rejected.length > 0) throw new Error(`benchmark wire rejected: ${report.rejected[0]?.reason}`);
    }
    await finishBulkIngest(stores.dispatches, added);
  } finally {
    await pool.close();
  }
  const ingestSeconds = (performance.now() - ingestStart) / 1000;

  log(`searching ${benchQueries.length * SEARCH_ROUNDS} times…`);
  const timings: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
    for (const query of benchQueries) {
      const start = performance.now();
      await searchDispatches(stores.dispatches, query, 10);
      timings.push(performance.now() - start);
    }
  }
  stores.close();

  log('baseline: bare better-sqlite3 FTS5 over the same raw text…');
  const baseline = runBaseline(join(dir, 'baseline.db'), texts, benchQueries, SEARCH_ROUNDS);

  log('fanout: the real sender to a fake Bot API with a round trip: 30/s at 150 ms, 1,000/s at 300 ms…');
  const fanout = await runFanoutBench();

  const result = {
    dispatches: added,
    ingest_per_s: Math.round(added / ingestSeconds),
    search_p50_ms: round2(percentile(timings, 0.5)),
    search_p99_ms: round2(percentile(timings, 0.99)),
    searches: timings.length,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    baseline,
    fanout,
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
