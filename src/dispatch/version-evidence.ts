import { numberWeight } from './find-number-keys.js';
import { leadConcepts, leadWordsShared } from './lead-concepts.js';
import { forShared } from './shared-keys.js';
import type { StoryCandidate, StoryFeatures } from './story-features.js';

/**
 * What a dispatch shares with another language's dispatch of the same day and dateline: figures
 * (weighed as `numberWeight`), specific gazetteer entities and name skeletons, each counted only
 * where it tells the candidate's story from the day's other stories.
 */
export interface VersionEvidence {
  numbers: number;
  entities: number;
  names: number;
  /** across languages, the words of the new dispatch's lead naming a wire-lexicon concept the other lead names (see leadWordsShared), weighed LEAD_CONCEPT each */
  leads: number;
  /** numbers + entities + names + leads */
  total: number;
}

/** The prefix of each kind of key in a set of them (`keysOfSeveralStories`): a figure and a name may be written alike. */
export const KEY_PREFIX = { number: 'n:', entity: 'e:', name: 'k:', lead: 'l:' } as const;

/**
 * What one word of the new dispatch's lead weighs when it names a wire-lexicon concept the candidate's lead names too
 * (see leadWordsShared), across languages only: the two versions' leads tell what happened in words either language
 * writes (`league`, `teams`), but a word says less than a figure or a name. Fitted on every dev split (twenty-first
 * session): at 0.5 the dev grouping F1 rose on eight sets and fell on none (sum 16.64 → 16.89); 0.25 gave 16.85,
 * 0.75 16.88, 1 16.83 (one set fell). It costs one wrong join on the fourth fortnight's dev (a person and two words
 * of an Eid lead shared by two stories of a day).
 */
export const LEAD_CONCEPT = 0.5;

const KINDS = [
  [KEY_PREFIX.number, (f: StoryFeatures) => f.numberKeys],
  [KEY_PREFIX.entity, (f: StoryFeatures) => f.entityKeys],
  [KEY_PREFIX.name, (f: StoryFeatures) => f.nameKeys],
  [KEY_PREFIX.lead, leadConcepts],
] as const;

/**
 * The new dispatch's figures, entities and names that the candidates of two or more stories hold:
 * a key the day's other stories also write (`Ramadan`, the month, a ministry that files daily)
 * says nothing about which of them this dispatch belongs to, so it is not counted for any. The
 * measure is relative to the day's own copy, not to a list: it holds on a wire nobody has read.
 */
export function keysOfSeveralStories(features: StoryFeatures, candidates: readonly StoryCandidate[]): Set<string> {
  const storiesOf = new Map<string, Set<string>>();
  for (const [prefix, keysOf] of KINDS) {
    const own = keysOf(features);
    for (const candidate of candidates) {
      forShared(own, keysOf(candidate), (key) => {
        let stories = storiesOf.get(prefix + key);
        if (stories === undefined) storiesOf.set(prefix + key, (stories = new Set()));
        stories.add(candidate.storyId);
      });
    }
  }
  return new Set([...storiesOf].filter(([, stories]) => stories.size >= 2).map(([key]) => key));
}

/**
 * The evidence that `candidate` is the other language's version of the new dispatch: what they
 * share, less the keys in `common` (`keysOfSeveralStories`) and the entities `isGeneric` names
 * (the agency's country, the dateline city). Pure.
 */
export function versionEvidence(
  features: StoryFeatures,
  candidate: StoryFeatures,
  common: ReadonlySet<string>,
  isGeneric: (entity: string) => boolean,
): VersionEvidence {
  let numbers = 0;
  forShared(features.numberKeys, candidate.numberKeys, (key) => {
    if (!common.has(KEY_PREFIX.number + key)) numbers += numberWeight(key);
  });
  let entities = 0;
  forShared(features.entityKeys, candidate.entityKeys, (key) => {
    if (!common.has(KEY_PREFIX.entity + key) && !isGeneric(key)) entities += 1;
  });
  let names = 0;
  forShared(features.nameKeys, candidate.nameKeys, (key) => {
    if (!common.has(KEY_PREFIX.name + key)) names += 1;
  });
  const leads = features.lang === candidate.lang ? 0 : LEAD_CONCEPT * leadWordsShared(features, candidate, (concept) => !common.has(KEY_PREFIX.lead + concept));
  return { numbers, entities, names, leads, total: numbers + entities + names + leads };
}
