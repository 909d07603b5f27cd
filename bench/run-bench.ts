import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores } from '../src/store/open-stores.js';
import { describePgUrl } from '../src/store/pg/open-pg-stores.js';
import { benchQueries } from './bench-queries.js';
import { runFanoutBench } from './fanout-bench.js';
import { runBaseline } from './run-baseline.js';
import { generateDispatches } from './generate-dispatches.js';
import { benchDatabaseUrl, runPgBench } from './pg-bench.js';
import { runStoreBench, type StoreBenchResult } from './store-bench.js';

/** Dispatches per source (a file or a feed poll), each source one transaction, as in production. */
const PER_SOURCE = 200;
const SEARCH_ROUNDS = 5;

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
  const sqlite = await runStoreBench(stores, sources, SEARCH_ROUNDS, log);
  await stores.close();

  log('baseline: bare better-sqlite3 FTS5 over the same raw text…');
  const baseline = runBaseline(join(dir, 'baseline.db'), texts, benchQueries, SEARCH_ROUNDS);

  log('fanout: the real sender to a fake Bot API with a round trip: 30/s at 150 ms, 1,000/s at 300 ms…');
  const fanout = await runFanoutBench();

  let postgres: StoreBenchResult | undefined;
  if (args.includes('--pg')) {
    log(`PostgreSQL: the same ingest and search at ${describePgUrl(benchDatabaseUrl(process.env))}…`);
    postgres = await runPgBench(benchDatabaseUrl(process.env), sources, SEARCH_ROUNDS, log);
  }

  const result = {
    ...sqlite,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    baseline,
    fanout,
    ...(postgres ? { pg: postgres } : {}),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
