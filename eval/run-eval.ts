import { formatEvalTable } from './format-eval-table.js';
import { checkEvalSetName, evalSetNames, loadEvalSetByName } from './load-eval-set-by-name.js';
import { type EvalReport, runEvalSet } from './run-eval-set.js';

// `npm run eval [-- --json] [--set NAME …]`: the answer evaluation over every set of `evalSetNames` (or only
// the sets named by `--set`): the first set (test/fixtures/eval) and the held-out fortnights
// (test/fixtures/eval-fortnight, eval-fortnight-2 … eval-fortnight-13, dev and test apart), offline and with
// a scripted fake LLM; the JSON is keyed by set name.
const args = process.argv.slice(2);
const json = args.includes('--json');
const named = args.flatMap((arg, i) => (arg === '--set' ? [args[i + 1] ?? ''] : []));
try {
  // Every name checked before the first set runs, so a misspelt last name does not fail minutes in.
  for (const name of named) checkEvalSetName(name);
  const reports: Record<string, EvalReport> = {};
  for (const name of named.length > 0 ? named : evalSetNames) reports[name] = await runEvalSet(loadEvalSetByName(name));
  const tables = Object.values(reports).map(formatEvalTable).join('\n\n');
  process.stdout.write(`${json ? JSON.stringify(reports) : tables}\n`);
} catch (error) {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
