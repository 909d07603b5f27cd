import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer-question.js';
import { createOpenAiLlm } from '../src/answer/create-openai-llm.js';
import { retrievePassages } from '../src/answer/retrieve-passages.js';
import { openStores } from '../src/store/open-stores.js';
import { startFakeOpenAiServer } from '../test/helpers/fake-openai-server.js';
import { ingestEvalSet, resolveExpected } from './ingest-eval-set.js';
import type { EvalSet } from './load-eval-set.js';
import { loadEvalSet } from './load-eval-set.js';
import { loadFortnightSet, secondFortnightFixturesDir } from './load-fortnight-set.js';
import { HELD_OUT } from './run-eval-set.js';
import { scoreQuestion } from './score-question.js';
import { scriptedReply, scriptedRewrite } from './scripted-llm.js';

// `node bin/run-ts.js eval/explain-dev-misses.ts [first|fortnight|fortnight2] [offline|llm] [id…]`: what each miss of
// the tuning questions retrieved and answered. Never the held-out split: its questions are skipped,
// and a passage of one of its stories is shown only as "(held-out dispatch)".
const [which = 'fortnight', modeArg = 'offline', ...only] = process.argv.slice(2);
const set: EvalSet = which === 'first' ? loadEvalSet() : which === 'fortnight2' ? loadFortnightSet(secondFortnightFixturesDir) : loadFortnightSet();
const logger = pino({ level: 'silent' });
const heldOutRefs = new Set([...(set.stories?.storyOf ?? new Map<string, string>())].filter(([, story]) => set.stories?.splitOf.get(story) === HELD_OUT).map(([ref]) => ref));
const dir = mkdtempSync(join(tmpdir(), 'wirebrief-explain-'));
const stores = openStores(join(dir, 'eval.db'));
const byText = new Map(set.questions.map((q) => [q.question, q]));
const server = await startFakeOpenAiServer((request) => scriptedReply(request, byText, set.glossary));
try {
  const ingested = await ingestEvalSet(stores.dispatches, set);
  const refOf = new Map([...ingested.ids].map(([ref, id]) => [id, ref]));
  const show = (id: string) => (heldOutRefs.has(refOf.get(id) ?? '') ? '(held-out dispatch)' : (refOf.get(id) ?? id));
  const expected = await resolveExpected(stores.dispatches, set.questions, ingested, set.strict);
  const llm = modeArg === 'llm' ? createOpenAiLlm({ apiKey: 'x', baseURL: server.baseURL, model: 's', timeoutMs: 10_000, maxRetries: 0, logger }) : null;
  for (const q of set.questions) {
    if (q.split === HELD_OUT || (only.length > 0 && !only.includes(q.id))) continue;
    const now = q.now ? new Date(q.now) : set.now;
    const timeZone = q.timeZone ?? 'Asia/Kuwait';
    const extra = llm ? scriptedRewrite(q.question, set.glossary) : [];
    const r = await retrievePassages(stores.dispatches, q.question, now, { extraTerms: extra, timeZone });
    const result = await answerQuestion({ store: stores.dispatches, llm, logger }, q.question, { now, timeZone });
    const ranked = [...new Set([...r.relevant, ...r.nearby].map((h) => h.dispatchId))];
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
  await server.close();
  stores.close();
  rmSync(dir, { recursive: true, force: true });
}
