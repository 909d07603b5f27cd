// `node bin/run-ts.js bench/compare-search.ts <checkout A> <checkout B> [dispatches=20000] [rounds=5]`:
// an interleaved A/B of search alone between two checkouts of this repository (say main's worktree
// and a branch's). Each side's own code builds its own store from the same generated wire (ingest in
// this thread), then every bench query is timed on both, alternating which goes first each round, in
// one process under one machine load: the load that moves `npm run bench` by 20–30% hits both alike.
// Prints p50/p99 per side (JSON), then each query's p50 on A and B.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
const [baseDir, branchDir, countArg, roundsArg] = process.argv.slice(2);
if (!baseDir || !branchDir) throw new Error('usage: compare-search.ts <checkout A> <checkout B> [dispatches] [rounds]');
const count = Number(countArg ?? 20000);
const rounds = Number(roundsArg ?? 5);
async function side(dir: string) {
  const { openStores } = await import(`${dir}/src/store/open-stores.ts`);
  const { prepareSource } = await import(`${dir}/src/ingest/prepare-source.ts`);
  const { storePreparedSource } = await import(`${dir}/src/ingest/ingest-wire-bytes.ts`);
  const { finishBulkIngest } = await import(`${dir}/src/ingest/finish-bulk-ingest.ts`);
  const { searchDispatches } = await import(`${dir}/src/search/search-dispatches.ts`);
  const { generateDispatches } = await import(`${dir}/bench/generate-dispatches.ts`);
  const texts: string[] = generateDispatches(count);
  const stores = openStores(join(mkdtempSync(join(tmpdir(), 'ab-')), 's.db'));
  const now = new Date('2026-01-01T00:00:00Z');
  let added = 0;
  for (let i = 0; i < texts.length; i += 200) {
    const report = await storePreparedSource(stores.dispatches, prepareSource({ source: `b-${i}`, bytes: Buffer.from(texts.slice(i, i + 200).join('\n')) }, now), now);
    added += report.added;
  }
  await finishBulkIngest(stores.dispatches, added);
  return { search: (q: string) => searchDispatches(stores.dispatches, q, 10), stores };
}
const { benchQueries } = await import(`${baseDir}/bench/bench-queries.ts`);
const base = await side(baseDir);
const branch = await side(branchDir);
const t: Record<string, number[]> = { base: [], branch: [] };
const perQuery = new Map<string, { base: number[]; branch: number[] }>();
for (let r = 0; r < rounds; r += 1) {
  for (const q of benchQueries as string[]) {
    const entry = perQuery.get(q) ?? { base: [], branch: [] };
    perQuery.set(q, entry);
    for (const [name, s] of r % 2 === 0 ? [['base', base], ['branch', branch]] as const : [['branch', branch], ['base', base]] as const) {
      const start = performance.now();
      await s.search(q);
      const ms = performance.now() - start;
      t[name]!.push(ms);
      entry[name].push(ms);
    }
  }
}
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 100) / 100; };
console.log(JSON.stringify({ count, rounds, base: { p50: pct(t.base!, 0.5), p99: pct(t.base!, 0.99) }, branch: { p50: pct(t.branch!, 0.5), p99: pct(t.branch!, 0.99) } }));
for (const [q, e] of perQuery) console.log(`${pct(e.base, 0.5).toFixed(2).padStart(7)} ${pct(e.branch, 0.5).toFixed(2).padStart(7)}  ${q}`);
