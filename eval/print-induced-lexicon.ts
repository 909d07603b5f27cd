import pino from 'pino';
import { analyseText } from '../src/text/analyse-text.js';
import { induceLexicon } from '../src/text/induce-lexicon.js';
import { parallelStoryTexts } from '../src/text/parallel-story-texts.js';
import { lexiconJoins } from '../src/text/wire-lexicon.js';
import { loadEvalSetByName } from './load-eval-set-by-name.js';
import { openEvalRun } from './open-eval-run.js';
import { HELD_OUT } from './run-eval-set.js';

// `node bin/run-ts.js eval/print-induced-lexicon.ts [first|fortnight|fortnight2…] [top]`: the lexicon the
// store's parallel stories induce, learnt from the tuning dispatches only (a dispatch of a held-out story
// is never read: the eval itself induces from the whole store, this shows what it finds), each pair
// marked `=` when the hand lexicon (wire-lexicon-data.ts) already joins the two. Several sets are pooled.
const args = process.argv.slice(2);
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 60);
const names = args.filter((a) => !/^\d+$/.test(a));
const logger = pino({ level: 'silent' });
const dispatches = [];
for (const name of names.length > 0 ? names : ['fortnight', 'fortnight2']) {
  const set = loadEvalSetByName(name);
  const heldOut = new Set([...(set.stories?.storyOf ?? new Map<string, string>())].filter(([, story]) => set.stories?.splitOf.get(story) === HELD_OUT).map(([ref]) => ref));
  const run = await openEvalRun(set, 'wirebrief-induce', logger);
  try {
    const tuning = [...run.ingested.ids].filter(([ref]) => !heldOut.has(ref)).map(([, id]) => id);
    // Story ids are per store: prefixed so two sets' stories never meet.
    dispatches.push(...(await run.stores.dispatches.getDispatches(tuning)).map((d) => ({ ...d, storyId: `${name}:${d.storyId}` })));
  } finally {
    await run.close();
  }
}
const texts = parallelStoryTexts(dispatches);
const anchored = process.env.UNANCHORED === undefined;
const lexicon = induceLexicon(texts, anchored ? { known: lexiconJoins } : {});
const inHandLexicon = lexiconJoins;
const shown = lexicon.pairs.slice(0, top);
process.stdout.write(
  [
    `${dispatches.length} tuning dispatches, ${texts.length} parallel units, ${lexicon.pairs.length} pairs induced (${lexicon.pairs.filter((p) => inHandLexicon(p.en, p.ar)).length} already in the hand lexicon)`,
    ...shown.map((p) => `${inHandLexicon(p.en, p.ar) ? '=' : ' '} ${p.en.padEnd(14)} ${p.ar.padEnd(12)} links ${p.links}  dice ${p.score.toFixed(2)}`),
    // The words the units spell alike in both scripts (see speltAlikeOf).
    `spelt alike: ${[...new Set(texts.flatMap((t) => analyseText(t.en)))].flatMap((en) => (lexicon.speltAlikeOf?.(en) ?? []).map((ar) => `${en}=${ar}`)).join(' ')}`,
    '',
  ].join('\n'),
);
