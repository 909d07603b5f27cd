import { formatEvalTable } from './format-eval-table.js';
import { loadEvalSet } from './load-eval-set.js';
import { runEvalSet } from './run-eval-set.js';

// `npm run eval [-- --json]`: the answer evaluation over test/fixtures/eval, offline and with a scripted fake LLM.
const json = process.argv.slice(2).includes('--json');
try {
  const report = await runEvalSet(loadEvalSet());
  process.stdout.write(`${json ? JSON.stringify(report) : formatEvalTable(report)}\n`);
} catch (error) {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
