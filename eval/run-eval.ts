import { formatEvalTable } from './format-eval-table.js';
import { evalSetNames, loadEvalSetByName } from './load-eval-set-by-name.js';
import { type EvalReport, runEvalSet } from './run-eval-set.js';

// `npm run eval [-- --json]`: the answer evaluation over every set of `evalSetNames`: the first set
// (test/fixtures/eval) and the held-out fortnights (test/fixtures/eval-fortnight, eval-fortnight-2 … eval-fortnight-10,
// dev and test apart), offline and with a scripted fake LLM; the JSON is keyed by set name.
const json = process.argv.slice(2).includes('--json');
try {
  const reports: Record<string, EvalReport> = {};
  for (const name of evalSetNames) reports[name] = await runEvalSet(loadEvalSetByName(name));
  const tables = Object.values(reports).map(formatEvalTable).join('\n\n');
  process.stdout.write(`${json ? JSON.stringify(reports) : tables}\n`);
} catch (error) {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
