import { formatEvalTable } from './format-eval-table.js';
import { loadEvalSet } from './load-eval-set.js';
import { loadFortnightSet } from './load-fortnight-set.js';
import { runEvalSet } from './run-eval-set.js';

// `npm run eval [-- --json]`: the answer evaluation over the first set (test/fixtures/eval) and the
// held-out fortnight (test/fixtures/eval-fortnight, dev and test apart), offline and with a scripted fake LLM.
const json = process.argv.slice(2).includes('--json');
try {
  const first = await runEvalSet(loadEvalSet());
  const fortnight = await runEvalSet(loadFortnightSet());
  process.stdout.write(`${json ? JSON.stringify({ first, fortnight }) : `${formatEvalTable(first)}\n\n${formatEvalTable(fortnight)}`}\n`);
} catch (error) {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
