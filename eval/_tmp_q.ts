import pino from 'pino';
import { loadEvalSetByName } from './load-eval-set-by-name.js';
import { openEvalRun } from './open-eval-run.js';
import { loadNameVocabulary } from '../src/search/load-name-vocabulary.js';
import { analyseText } from '../src/text/analyse-text.js';
const [name, ...qs] = process.argv.slice(2);
const run = await openEvalRun(loadEvalSetByName(name as string), 'wirebrief-tmp', pino({ level: 'silent' }));
const v = (await loadNameVocabulary(run.stores.dispatches))!;
for (const q of qs) { const t = analyseText(q); for (let i = 0; i + 1 < t.length; i++) { const g = v.compounds!.gluedSpellingsOf(t[i]!, t[i+1]!); if (g.length) console.log(t[i], t[i+1], v.holds(t[i]!), v.holds(t[i+1]!), g); } }
await run.close();
