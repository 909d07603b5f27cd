import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer-question.js';
import { retrievePassages } from '../src/answer/retrieve-passages.js';
import { expandQuery } from '../src/text/expand-query.js';
import { openStores } from '../src/store/open-stores.js';
import { ingestEvalSet } from './ingest-eval-set.js';
import { loadEvalSet } from './load-eval-set.js';
const set = loadEvalSet();
const stores = openStores(join(mkdtempSync(join(tmpdir(), 'evd-')), 'e.db'));
const ids = await ingestEvalSet(stores.dispatches, set.sources, set.now);
const refOf = new Map([...ids].map(([k, v]) => [v, k]));
const only = process.argv.slice(2);
for (const q of set.questions.filter((q) => only.includes(q.id))) {
  const r = await retrievePassages(stores.dispatches, q.question, set.now);
  const a = await answerQuestion({ store: stores.dispatches, llm: null, logger: pino({ level: 'silent' }) }, q.question, { now: set.now });
  console.log('\n##', q.id, q.question, 'expected', q.expected.join(' '));
  console.log('groups', JSON.stringify(expandQuery(q.question).groups));
  for (const h of r.relevant) console.log('  R', refOf.get(h.dispatchId), h.paragraph, h.score.toFixed(2), h.text.slice(0, 70));
  for (const h of r.nearby.slice(0, 5)) console.log('  N', refOf.get(h.dispatchId), h.paragraph, h.score.toFixed(2), h.text.slice(0, 70));
  console.log('  ->', a.found, a.answer.slice(0, 200).replace(/\n/g, ' | '));
}
