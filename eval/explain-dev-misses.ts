import pino from 'pino';
import { answerQuestion } from '../src/answer/answer-question.js';
import { retrievePassages } from '../src/answer/retrieve-passages.js';
import { loadBilingualDictionary } from '../src/search/load-bilingual-dictionary.js';
import { loadEvalSetByName } from './load-eval-set-by-name.js';
import { openEvalRun, rankedDispatchIds } from './open-eval-run.js';
import { HELD_OUT } from './run-eval-set.js';
import { scoreQuestion } from './score-question.js';
import { scriptedRewrite } from './scripted-llm.js';
import { UNSEEN } from './unseen-sets.js';

// `node bin/run-ts.js eval/explain-dev-misses.ts [set: a name of evalSetNames, first|fortnight|fortnight2…] [offline|llm] [id…]`: what each miss of
// the tuning questions retrieved and answered. Never the held-out split: its questions are skipped,
// and a passage of one of its stories is shown only as "(held-out dispatch)". A set of UNSEEN is refused.
const [which = 'fortnight', modeArg = 'offline', ...only] = process.argv.slice(2);
if (UNSEEN.has(which)) {
  console.error(`explain-dev-misses: ${which} is unseen this session (eval/unseen-sets.ts); its questions are not explained`);
  process.exit(2);
}
const set = loadEvalSetByName(which);
const logger = pino({ level: 'silent' });
const dictionary = loadBilingualDictionary(logger);
const heldOutRefs = new Set([...(set.stories?.storyOf ?? new Map<string, string>())].filter(([, story]) => set.stories?.splitOf.get(story) === HELD_OUT).map(([ref]) => ref));
const run = await openEvalRun(set, 'wirebrief-explain', logger);
try {
  const { stores, ingested, expected } = run;
  const refOf = new Map([...ingested.ids].map(([ref, id]) => [id, ref]));
  const show = (id: string) => (heldOutRefs.has(refOf.get(id) ?? '') ? '(held-out dispatch)' : (refOf.get(id) ?? id));
  const llm = modeArg === 'llm' ? run.llm : null;
  for (const q of set.questions) {
    if (q.split === HELD_OUT || (only.length > 0 && !only.includes(q.id))) continue;
    const now = q.now ? new Date(q.now) : set.now;
    const timeZone = q.timeZone ?? 'Asia/Kuwait';
    const extra = llm ? scriptedRewrite(q.question, set.glossary) : [];
    const r = await retrievePassages(stores.dispatches, q.question, now, { extraTerms: extra, timeZone, dictionary });
    const result = await answerQuestion({ store: stores.dispatches, llm, logger, dictionary }, q.question, { now, timeZone });
    const ranked = rankedDispatchIds(r);
    const score = scoreQuestion(q, expected.get(q.id) ?? [], ranked, result);
    const miss = score.answerable ? !score.answeredWithCitation : !score.declined;
    if (!miss && only.length === 0) continue;
    const line = (h: { dispatchId: string; paragraph: number; text: string }) => `${show(h.dispatchId)}¶${h.paragraph} ${heldOutRefs.has(refOf.get(h.dispatchId) ?? '') ? '' : h.text.slice(0, 160)}`;
    process.stdout.write(
      [
        `### ${q.id} [${q.kinds.join(',')}] ${q.question}`,
        `expected: ${q.expected.join(' ') || '(unanswerable)'}  quote: ${q.quote ?? '-'}`,
        `result: found=${result.found} mode=${result.mode} frame=${JSON.stringify(result.frame)}`,
        ...result.citations.map((c) => `  cites ${show(c.id)}¶${c.paragraph} ${heldOutRefs.has(refOf.get(c.id) ?? '') ? '' : c.quote.slice(0, 160)}`),
        `relevant:`,
        ...r.relevant.slice(0, 6).map((h) => `  ${line(h)}`),
        `nearby: missing=${JSON.stringify(r.missing)}`,
        ...r.nearby.slice(0, 6).map((h) => `  ${line(h)}`),
        '',
      ].join('\n'),
    );
  }
} finally {
  await run.close();
}
