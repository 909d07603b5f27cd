import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores } from '../src/store/open-stores.js';
import { describePgUrl } from '../src/store/pg/open-pg-stores.js';
import { benchQueries } from './bench-queries.js';
import { runCliStartBench } from './cli-start-bench.js';
import { runFanoutBench } from './fanout-bench.js';
import { runReplicaFanoutBench, type ReplicaFanoutCase } from './fanout-replicas-bench.js';
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
const subscribersArg = args.indexOf('--replica-subscribers');
const replicaSubscribers = subscribersArg >= 0 ? Number(args[subscribersArg + 1]) : 2000;
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

  const cliStart = runCliStartBench(dir, log);
  let postgres: (StoreBenchResult & { fanout_replicas: ReplicaFanoutCase[] }) | undefined;
  if (args.includes('--pg')) {
    const url = benchDatabaseUrl(process.env);
    log(`PostgreSQL: the same ingest and search at ${describePgUrl(url)}…`);
    const store = await runPgBench(url, sources, SEARCH_ROUNDS, log);
    log('PostgreSQL: fan-out through 3 `wirebrief bot` replicas, and through 1, to a fake Bot API at 30/s…');
    postgres = { ...store, fanout_replicas: await runReplicaFanoutBench(url, replicaSubscribers, log) };
  }

  const result = {
    ...sqlite,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    baseline,
    fanout,
    cli_start_ms: cliStart,
    ...(postgres ? { pg: postgres } : {}),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
