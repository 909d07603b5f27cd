import { numberWeight } from './find-number-keys.js';
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
  /** numbers + entities + names */
  total: number;
}

const numberKey = (key: string) => `n:${key}`;
const entityKey = (key: string) => `e:${key}`;
const nameKey = (key: string) => `k:${key}`;

/**
 * The new dispatch's figures, entities and names that the candidates of two or more stories hold:
 * a key the day's other stories also write (`Ramadan`, the month, a ministry that files daily)
 * says nothing about which of them this dispatch belongs to, so it is not counted for any. The
 * measure is relative to the day's own copy, not to a list: it holds on a wire nobody has read.
 */
export function keysOfSeveralStories(features: StoryFeatures, candidates: readonly StoryCandidate[]): Set<string> {
  const own = new Set([...features.numberKeys.map(numberKey), ...features.entityKeys.map(entityKey), ...features.nameKeys.map(nameKey)]);
  const storiesOf = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    const keys = [...candidate.numberKeys.map(numberKey), ...candidate.entityKeys.map(entityKey), ...candidate.nameKeys.map(nameKey)];
    for (const key of keys) {
      if (!own.has(key)) continue;
      let stories = storiesOf.get(key);
      if (stories === undefined) storiesOf.set(key, (stories = new Set()));
      stories.add(candidate.storyId);
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
  const theirs = (list: readonly string[]) => new Set(list);
  const numberSet = theirs(candidate.numberKeys);
  const entitySet = theirs(candidate.entityKeys);
  const nameSet = theirs(candidate.nameKeys);
  let numbers = 0;
  for (const key of new Set(features.numberKeys)) if (numberSet.has(key) && !common.has(numberKey(key))) numbers += numberWeight(key);
  let entities = 0;
  for (const key of new Set(features.entityKeys)) if (entitySet.has(key) && !common.has(entityKey(key)) && !isGeneric(key)) entities += 1;
  let names = 0;
  for (const key of new Set(features.nameKeys)) if (nameSet.has(key) && !common.has(nameKey(key))) names += 1;
  return { numbers, entities, names, total: numbers + entities + names };
}
