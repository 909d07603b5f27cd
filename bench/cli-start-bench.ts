import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chooseEntry } from '../bin/choose-entry.js';
import { percentile } from './percentile.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 10;

/** Wall time of `node <args>` run `RUNS` times, one after another; the median in ms. */
function medianRunMs(args: string[], env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr?.toString().trim()}`);
  }
  return Math.round(percentile(times, 0.5));
}

/**
 * `cli_start_ms`: the median of 10 runs of `wirebrief list` on an empty store, beside the median of
 * 10 runs of `node -e 0` (bare Node on the same machine, at the same moment). Builds dist/ first when
 * it is missing or older than the sources, as an installed CLI would run it.
 */
export function runCliStartBench(dir: string, log: (text: string) => void): { wirebrief_list: number; node: number } {
  if (chooseEntry(root).run !== 'dist') {
    log('cli start: building dist/ first (npm run build)…');
    const build = spawnSync(process.execPath, [join(root, 'bin', 'build.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const env = { PATH: process.env.PATH ?? '' };
  const db = join(dir, 'cli-start-empty.db');
  log(`cli start: ${RUNS} runs of \`wirebrief list\` on an empty store and of \`node -e 0\`…`);
  const bin = join(root, 'bin', 'wirebrief.js');
  spawnSync(process.execPath, [bin, 'list', '--db', db, '--json'], { env }); // creates the store: the runs measure an empty one, not its creation
  return { wirebrief_list: medianRunMs([bin, 'list', '--db', db, '--json'], env), node: medianRunMs(['-e', '0'], env) };
}
