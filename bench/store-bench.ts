import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer-question.js';
import { loadBilingualDictionary } from '../src/search/load-bilingual-dictionary.js';
import { createPreparePool, prepareWorkersFor } from '../src/ingest/create-prepare-pool.js';
import { finishBulkIngest } from '../src/ingest/finish-bulk-ingest.js';
import { storePreparedSource } from '../src/ingest/ingest-wire-bytes.js';
import { mapAhead } from '../src/ingest/map-ahead.js';
import { searchDispatches } from '../src/search/search-dispatches.js';
import type { Stores } from '../src/store/open-stores.js';
import { benchQueries } from './bench-queries.js';
import { percentile } from './percentile.js';

const INGEST_AHEAD = 2;

export interface StoreBenchResult {
  dispatches: number;
  ingest_per_s: number;
  search_p50_ms: number;
  search_p99_ms: number;
  searches: number;
  /** the first search of the process: it also builds the name vocabulary and the induced lexicon */
  first_search_ms: number;
  /** a question answered offline (retrieval, story versions, judge, extract), after the first search */
  ask_p50_ms: number;
  ask_p99_ms: number;
  asks: number;
}

/** Rounds of offline answers over the bench queries: an answer reads more than a search. */
const ASK_ROUNDS = 2;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Ingest and search on one store, as `wirebrief ingest` and `search` do: sources prepared ahead
 * in the worker pool, stored in order, one transaction each, the index merged at the end (timed
 * with the ingest); then every bench query `rounds` times.
 */
export async function runStoreBench(stores: Stores, sources: Uint8Array[], rounds: number, log: (text: string) => void): Promise<StoreBenchResult> {
  const workers = prepareWorkersFor(sources.length);
  log(`ingesting through the full pipeline (decode, split, parse, analyse in ${workers} prepare worker(s); story, store)…`);
  const now = new Date('2026-01-01T00:00:00Z');
  let added = 0;
  const ingestStart = performance.now();
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

  log(`searching ${benchQueries.length * rounds} times…`);
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of benchQueries) {
      const start = performance.now();
      await searchDispatches(stores.dispatches, query, 10);
      timings.push(performance.now() - start);
    }
  }
  log(`answering ${benchQueries.length * ASK_ROUNDS} questions offline…`);
  const asks: number[] = [];
  const askLogger = pino({ level: 'silent' });
  // The general dictionary as the bot uses it (absent: none), its files read and indexed before the timed asks: a
  // process pays that once, on its first question (logged here, not a key of the result).
  const dictionary = loadBilingualDictionary(askLogger);
  const loadStart = performance.now();
  dictionary?.translationsOf('water');
  log(dictionary ? `dictionary loaded in ${Math.round(performance.now() - loadStart)} ms` : 'no dictionary installed: asks run without it');
  const deps = { store: stores.dispatches, llm: null, logger: askLogger, dictionary };
  for (let round = 0; round < ASK_ROUNDS; round += 1) {
    for (const question of benchQueries) {
      const start = performance.now();
      await answerQuestion(deps, question, { now, timeZone: 'Asia/Kuwait' });
      asks.push(performance.now() - start);
    }
  }
  return {
    dispatches: added,
    ingest_per_s: Math.round(added / ingestSeconds),
    search_p50_ms: round2(percentile(timings, 0.5)),
    search_p99_ms: round2(percentile(timings, 0.99)),
    searches: timings.length,
    first_search_ms: round2(timings[0] ?? 0),
    ask_p50_ms: round2(percentile(asks, 0.5)),
    ask_p99_ms: round2(percentile(asks, 0.99)),
    asks: asks.length,
  };
}
