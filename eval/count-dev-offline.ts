import { writeFileSync } from 'node:fs';
import pino from 'pino';
import { UNSEEN } from './unseen-sets.js';
import { evalSetNames, loadEvalSetByName } from './load-eval-set-by-name.js';
import { openEvalRun } from './open-eval-run.js';
import { HELD_OUT, isMiss, scoreOne } from './run-eval-set.js';
import type { QuestionScore } from './score-question.js';

/** Which way a miss went: an answerable question declined or cited wrongly, an unanswerable one answered, or a leak. */
function missKind(s: QuestionScore): string {
  if (s.leaked) return 'leaked';
  if (!s.answerable) return 'answered';
  return s.declined ? 'declined' : 'wrong-citation';
}

// `node bin/run-ts.js eval/count-dev-offline.ts [--out FILE] [SET …]`: the decision figure of issue 12's work (DEV, as
// count-dev-outcomes reads it off a full run) in a third of the time: only the tuning questions (each fortnight's dev
// split, the first set's all), only offline, no grouping. Prints each set's right outcomes and DEV; `--out` writes each
// question's outcome (`id right`, or `id miss KIND` with KIND one of declined, wrong-citation, answered, leaked; one a
// line) so two runs can be compared question by question (`diff`). The held-out split is never asked; a set of UNSEEN is not read at all.
const args = process.argv.slice(2);
const out = args.flatMap((arg, i) => (arg === '--out' ? [args[i + 1] ?? ''] : []))[0];
const named = args.filter((arg, i) => arg !== '--out' && args[i - 1] !== '--out');
const logger = pino({ level: 'silent' });
const lines: string[] = [];
let total = 0;
let questions = 0;
for (const name of (named.length > 0 ? named : evalSetNames).filter((n) => !UNSEEN.has(n))) {
  const set = loadEvalSetByName(name);
  const run = await openEvalRun(set, 'wirebrief-dev', logger);
  let right = 0;
  let asked = 0;
  try {
    for (const q of set.questions) {
      if (q.split === HELD_OUT) continue;
      const score = await scoreOne(run.stores.dispatches, set, run.expected, null, q);
      const miss = isMiss(score);
      asked++;
      if (!miss) right++;
      lines.push(`${q.id} ${miss ? `miss ${missKind(score)}` : 'right'}`);
    }
  } finally {
    await run.close();
  }
  total += right;
  questions += asked;
  process.stdout.write(`${name.padEnd(11)} ${String(right).padStart(4)} of ${asked}\n`);
}
process.stdout.write(`DEV ${total} of ${questions}\n`);
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
