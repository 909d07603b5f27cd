import pino from 'pino';
import { NEAR_MISS_CHECKS, type NearMissCheck, otherCounted } from '../src/answer/near-miss-checks.js';
import { evalSetNames, loadEvalSetByName } from './load-eval-set-by-name.js';
import { openEvalRun } from './open-eval-run.js';
import { HELD_OUT, isMiss, scoreOne } from './run-eval-set.js';
import { UNSEEN } from './unseen-sets.js';

// `node bin/run-ts.js eval/ablate-near-miss-checks.ts [SET …]`: what each near-miss check of
// NEAR_MISS_CHECKS is worth on the tuning questions, offline. Every dev question (the first set's all) is answered
// once with every check, recording which checks vetoed a passage; then, for each check, the questions it vetoed
// on are answered again without it. A check whose removal turns more wrong outcomes right than right ones wrong
// costs more than it saves. Never the held-out split; a set of UNSEEN is not read at all.

const named = process.argv.slice(2);
const names = (named.length > 0 ? named : evalSetNames).filter((name) => !UNSEEN.has(name));
const logger = pino({ level: 'silent' });

const checks = NEAR_MISS_CHECKS as NearMissCheck[];
const originals = [...checks];
const fired = new Set<number>();
// Each check but the count check (retrieve-passages tells that one apart by identity) records when it vetoes.
const recording = originals.map((check, i): NearMissCheck => (check === otherCounted ? check : (asked) => {
  const test = check(asked);
  return test === null ? null : (passage) => {
    const vetoes = test(passage);
    if (vetoes) fired.add(i);
    return vetoes;
  };
}));
const use = (without?: number) => {
  for (let i = 0; i < checks.length; i++) checks[i] = i === without ? () => null : (recording[i] as NearMissCheck);
};

interface Tally { fired: number; rightWith: number; rightWithout: number; gained: string[]; lost: string[] }
const tallies = originals.map((): Tally => ({ fired: 0, rightWith: 0, rightWithout: 0, gained: [], lost: [] }));


for (const name of names) {
  const set = loadEvalSetByName(name);
  const run = await openEvalRun(set, 'wirebrief-ablate', logger);
  try {
    for (const q of set.questions) {
      if (q.split === HELD_OUT) continue;
      use();
      fired.clear();
      const right = async () => !isMiss(await scoreOne(run.stores.dispatches, set, run.expected, null, q));
      const withAll = await right();
      for (const i of [...fired]) {
        use(i);
        const without = await right();
        const tally = tallies[i] as Tally;
        tally.fired++;
        if (withAll) tally.rightWith++;
        if (without) tally.rightWithout++;
        if (without && !withAll) tally.gained.push(q.id);
        if (withAll && !without) tally.lost.push(q.id);
      }
    }
  } finally {
    use();
    await run.close();
  }
  process.stderr.write(`${name} done\n`);
}
for (const [i, tally] of tallies.entries()) {
  if (tally.fired === 0) continue;
  const delta = tally.rightWithout - tally.rightWith;
  process.stdout.write(`${(originals[i]?.name ?? String(i)).padEnd(16)} vetoed on ${String(tally.fired).padStart(4)}  right with ${String(tally.rightWith).padStart(4)}  without ${String(tally.rightWithout).padStart(4)}  removal ${delta >= 0 ? '+' : ''}${delta}\n`);
  if (tally.gained.length > 0) process.stdout.write(`  removal turns right: ${tally.gained.join(' ')}\n`);
  if (tally.lost.length > 0) process.stdout.write(`  removal turns wrong: ${tally.lost.join(' ')}\n`);
}
