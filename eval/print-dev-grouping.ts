import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores } from '../src/store/open-stores.js';
import { ingestEvalSet } from './ingest-eval-set.js';
import { evalSetNames, loadEvalSetByName } from './load-eval-set-by-name.js';
import { groupingScores, HELD_OUT } from './run-eval-set.js';
import { UNSEEN } from './unseen-sets.js';

// `node bin/run-ts.js eval/print-dev-grouping.ts [NAME …]`: the story grouping's B-cubed F1 on each set's dev
// split (every fortnight, or those named), from the ingest alone: no question is read or answered, so a
// change to the grouping rule is measured in a minute rather than a full eval. The held-out split is not
// printed. A set of UNSEEN (eval/unseen-sets.ts) and sets given as `--skip NAME` are not ingested at all.
const args = process.argv.slice(2);
const skip = new Set([...UNSEEN, ...args.flatMap((arg, i) => (arg === '--skip' ? [args[i + 1] ?? ''] : []))]);
const named = args.filter((arg, i) => arg !== '--skip' && args[i - 1] !== '--skip');
let sum = 0;
for (const name of named.length > 0 ? named : evalSetNames) {
  if (skip.has(name)) continue;
  const set = loadEvalSetByName(name);
  const dir = mkdtempSync(join(tmpdir(), 'wirebrief-grouping-'));
  const stores = openStores(join(dir, 'eval.db'));
  try {
    const grouping = await groupingScores(stores.dispatches, set, await ingestEvalSet(stores.dispatches, set));
    const dev = grouping && Object.entries(grouping).find(([split]) => split !== HELD_OUT);
    if (!dev) continue;
    sum += dev[1].f1;
    process.stdout.write(`${name.padEnd(11)} ${dev[0]} precision ${dev[1].precision.toFixed(3)} recall ${dev[1].recall.toFixed(3)} F1 ${dev[1].f1.toFixed(3)}\n`);
  } finally {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
process.stdout.write(`sum of dev F1 ${sum.toFixed(3)}\n`);
