import type { DispatchStore } from '../store/dispatch-store.js';
import { type InducedLexicon, induceLexicon } from '../text/induce-lexicon.js';
import { parallelStoryTexts } from '../text/parallel-story-texts.js';
import { lexiconJoins } from '../text/wire-lexicon.js';

/** The newest dispatches read to learn from (about a week of a wire in two languages): a large store costs a bounded read and alignment. */
const NEWEST = 2000;
/** Share of the store that must be new before the lexicon is learnt again: one more dispatch among thousands teaches nothing new. */
const GROWTH = 0.01;
/** Dispatches read at once. */
const BATCH = 500;

const built = new WeakMap<DispatchStore, { count: number; lexicon: Promise<InducedLexicon> }>();

/**
 * The bilingual lexicon the store's own parallel stories induce (see induceLexicon): read through
 * the store interface, so every backend learns the same, built once and again when the number of
 * stored dispatches changed by a hundredth (by one in a store of fewer than a hundred). Only the
 * stories told in both languages are read in full. The hand lexicon's pairs anchor the alignment:
 * the store teaches the words it lacks.
 */
export async function loadInducedLexicon(store: DispatchStore): Promise<InducedLexicon> {
  const count = await store.countDispatches();
  const cached = built.get(store);
  if (cached && Math.abs(count - cached.count) < Math.max(1, GROWTH * cached.count)) return cached.lexicon;
  const lexicon = buildFrom(store);
  built.set(store, { count, lexicon });
  lexicon.catch(() => built.get(store)?.lexicon === lexicon && built.delete(store));
  return lexicon;
}

async function buildFrom(store: DispatchStore): Promise<InducedLexicon> {
  const summaries = await store.listDispatches({ limit: NEWEST });
  const languages = new Map<string, Set<string>>();
  for (const s of summaries) languages.set(s.storyId, (languages.get(s.storyId) ?? new Set()).add(s.lang));
  const ids = summaries.filter((s) => languages.get(s.storyId)?.size === 2).map((s) => s.id);
  const dispatches = [];
  for (let i = 0; i < ids.length; i += BATCH) dispatches.push(...(await store.getDispatches(ids.slice(i, i + BATCH))));
  return induceLexicon(parallelStoryTexts(dispatches), { known: lexiconJoins });
}
