import pino from 'pino';
import { retrievePassages } from '../src/answer/retrieve-passages.js';
import { loadEvalSetByName } from './load-eval-set-by-name.js';
import { openEvalRun, rankedDispatchIds } from './open-eval-run.js';
import { HELD_OUT } from './run-eval-set.js';

// `node bin/run-ts.js eval/print-recall-misses.ts [set: a name of evalSetNames, first|fortnight|fortnight2…]`: every answerable
// question of the first set or of a fortnight's dev split whose expected dispatches are not all in the first
// five retrieved offline, with the query's concepts and what came first. The held-out split is
// filtered out before anything is looked at, so nobody reads its questions here.
const set = loadEvalSetByName(process.argv[2]);
const questions = set.questions.filter((q) => q.split !== HELD_OUT);
const run = await openEvalRun(set, 'wirebrief-misses', pino({ level: 'silent' }));
try {
  const { ingested, expected } = run;
  const store = run.stores.dispatches;
  const refOf = new Map([...ingested.ids].map(([ref, id]) => [id, ref]));
  let misses = 0;
  for (const question of questions) {
    const ids = expected.get(question.id) ?? [];
    if (ids.length === 0) continue;
    const now = question.now ? new Date(question.now) : set.now;
    const { query, relevant, nearby } = await retrievePassages(store, question.question, now, { timeZone: question.timeZone ?? 'Asia/Kuwait' });
    const ranked = rankedDispatchIds({ relevant, nearby });
    const top = ranked.slice(0, 5);
    if (ids.every((id) => top.includes(id))) continue;
    misses += 1;
    process.stdout.write(`\n## ${question.id} [${question.kinds.join(',')}] ${question.question}\n`);
    process.stdout.write(`   concepts: ${JSON.stringify(query.groups)}\n`);
    process.stdout.write(`   expected: ${ids.map((id) => `${refOf.get(id) ?? id}@${ranked.indexOf(id)}`).join(', ')}\n`);
    process.stdout.write(`   top: ${top.map((id) => refOf.get(id) ?? id).join(', ')}\n`);
  }
  process.stdout.write(`\n${misses} recall misses of ${questions.length} questions (${set.name}, split ≠ ${HELD_OUT})\n`);
} finally {
  await run.close();
}
