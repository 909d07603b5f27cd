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

interface Built {
  count: number;
  lexicon: Promise<InducedLexicon>;
  /** a rebuild under way for a grown store; the lexicon above serves until it is done */
  next?: Promise<void>;
}

const built = new WeakMap<DispatchStore, Built>();

/**
 * The bilingual lexicon the store's own parallel stories induce (see induceLexicon): read through
 * the store interface, so every backend learns the same, built once and again when the number of
 * stored dispatches changed by a hundredth (by one in a store of fewer than a hundred). Only the
 * stories told in both languages are read in full. The hand lexicon's pairs anchor the alignment:
 * the store teaches the words it lacks. Once a lexicon exists, a rebuild runs in the background and
 * the previous lexicon answers meanwhile: a subscriber's question never waits for the learning
 * (about a millisecond per parallel unit); only the first question a process answers does.
 */
export async function loadInducedLexicon(store: DispatchStore): Promise<InducedLexicon> {
  const count = await store.countDispatches();
  const cached = built.get(store);
  if (!cached) {
    const lexicon = buildFrom(store);
    built.set(store, { count, lexicon });
    lexicon.catch(() => built.get(store)?.lexicon === lexicon && built.delete(store));
    return lexicon;
  }
  const grown = Math.abs(count - cached.count) >= Math.max(1, GROWTH * cached.count);
  if (grown && !cached.next) {
    // A failed rebuild keeps the lexicon there is, and is tried again on a later question.
    cached.next = buildFrom(store).then(
      (lexicon) => void built.set(store, { count, lexicon: Promise.resolve(lexicon) }),
      () => void (cached.next = undefined),
    );
  }
  return cached.lexicon;
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

/** The induced lexicon once any rebuild loadInducedLexicon started for a grown store is done: for whoever must see the store's latest stories (tests, tools). */
export async function loadUpToDateInducedLexicon(store: DispatchStore): Promise<InducedLexicon> {
  await loadInducedLexicon(store);
  await built.get(store)?.next;
  return loadInducedLexicon(store);
}
