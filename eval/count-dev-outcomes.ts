import { readFileSync } from 'node:fs';
import { UNSEEN } from './unseen-sets.js';

// `node bin/run-ts.js eval/run-eval.ts --json > run.json && node bin/run-ts.js eval/count-dev-outcomes.ts run.json`:
// the decision figure of issue 12's work, read from an eval run. For the first set's `all` split and each
// fortnight's `dev` split, offline: right outcomes (answered with a right citation, or declined when the fact
// is not stored) = questions less misses; then their sum, DEV; and each set's dev grouping F1. The held-out
// `test` splits are not read, so the figure can steer work without showing what is held out. A set of
// `UNSEEN` is not read at all, dev split included: it measures a session's work on copy no decision saw.


interface SplitRun { questions: number; modes: { offline: { missCount: number } } }
interface SetRun { splits: Record<string, SplitRun>; grouping?: Record<string, { f1: number } | undefined> }

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bin/run-ts.js eval/count-dev-outcomes.ts <eval-run.json>\n');
  process.exit(1);
}
const run = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SetRun>;
let total = 0;
let questions = 0;
for (const [name, set] of Object.entries(run)) {
  if (UNSEEN.has(name)) {
    process.stdout.write(`${name.padEnd(11)} unseen: not read\n`);
    continue;
  }
  const split = set.splits.dev ?? set.splits.all;
  if (!split) continue;
  const right = split.questions - split.modes.offline.missCount;
  total += right;
  questions += split.questions;
  const grouping = set.grouping?.dev?.f1 ?? set.grouping?.all?.f1;
  process.stdout.write(`${name.padEnd(11)} ${String(right).padStart(4)} of ${String(split.questions).padEnd(4)}${grouping === undefined ? '' : ` grouping F1 ${grouping}`}\n`);
}
process.stdout.write(`DEV ${total} of ${questions}\n`);
