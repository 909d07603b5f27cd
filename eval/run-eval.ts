import { formatEvalTable } from './format-eval-table.js';
import { loadEvalSet } from './load-eval-set.js';
import { eighthFortnightFixturesDir, fifthFortnightFixturesDir, fourthFortnightFixturesDir, loadFortnightSet, ninthFortnightFixturesDir, secondFortnightFixturesDir, seventhFortnightFixturesDir, sixthFortnightFixturesDir, thirdFortnightFixturesDir } from './load-fortnight-set.js';
import { runEvalSet } from './run-eval-set.js';

// `npm run eval [-- --json]`: the answer evaluation over the first set (test/fixtures/eval) and the
// nine held-out fortnights (test/fixtures/eval-fortnight, eval-fortnight-2 … eval-fortnight-9,
// dev and test apart), offline and with a scripted fake LLM.
const json = process.argv.slice(2).includes('--json');
try {
  const first = await runEvalSet(loadEvalSet());
  const fortnight = await runEvalSet(loadFortnightSet());
  const fortnight2 = await runEvalSet(loadFortnightSet(secondFortnightFixturesDir));
  const fortnight3 = await runEvalSet(loadFortnightSet(thirdFortnightFixturesDir));
  const fortnight4 = await runEvalSet(loadFortnightSet(fourthFortnightFixturesDir));
  const fortnight5 = await runEvalSet(loadFortnightSet(fifthFortnightFixturesDir));
  const fortnight6 = await runEvalSet(loadFortnightSet(sixthFortnightFixturesDir));
  const fortnight7 = await runEvalSet(loadFortnightSet(seventhFortnightFixturesDir));
  const fortnight8 = await runEvalSet(loadFortnightSet(eighthFortnightFixturesDir));
  const fortnight9 = await runEvalSet(loadFortnightSet(ninthFortnightFixturesDir));
  const tables = [first, fortnight, fortnight2, fortnight3, fortnight4, fortnight5, fortnight6, fortnight7, fortnight8, fortnight9].map(formatEvalTable).join('\n\n');
  process.stdout.write(`${json ? JSON.stringify({ first, fortnight, fortnight2, fortnight3, fortnight4, fortnight5, fortnight6, fortnight7, fortnight8, fortnight9 }) : tables}\n`);
} catch (error) {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
