import { loadGazetteer } from '../text/gazetteer.js';
import { numberWeight } from './find-number-keys.js';
import type { StoryCandidate, StoryFeatures } from './story-features.js';

/**
 * The grouping rule's thresholds, fitted on the dev split of test/fixtures/eval-fortnight only
 * (eval/README: the test split is held out). Each names the evidence it weighs.
 */
export const STORY_RULE = {
  /** same language: share of the two leads' analysed terms in common (Jaccard) that makes one story */
  leadJaccard: 0.4,
  /** same language, one side a flash: share of the flash's terms found in the other's lead */
  flashContainment: 0.6,
  /** same language, the new dispatch marked UPDATE/CORRECTION: share of the shorter lead's terms in the other */
  markedContainment: 0.2,
  /** across languages: weight of shared numbers that makes one story on its own (a decimal or a figure ≥ 100 weighs 1) */
  numbers: 2,
  /** across languages: weight of shared numbers that makes one story with one shared entity or name */
  numbersWithName: 1,
  /** any language: shared gazetteer entities (at least `entityShared`) over all of both (Jaccard) */
  entityJaccard: 0.5,
  entityShared: 2,
} as const;

/** Sets of the key lists compared, built once per list: a stored candidate is compared with many new dispatches. */
const sets = new WeakMap<readonly string[], Set<string>>();

function setOf(list: readonly string[]): Set<string> {
  let set = sets.get(list);
  if (set === undefined) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}

function sharedOf(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0 || b.length === 0) return [];
  const setB = setOf(b);
  return [...setOf(a)].filter((item) => setB.has(item));
}

/** Entities every dispatch of a wire names (the agency's country, the agency, topics): no evidence of one event. */
let generic: Set<string> | null = null;
function isGeneric(id: string, cityKey: string | null): boolean {
  generic ??= new Set([...loadGazetteer().entries.filter((e) => e.kind === 'topic').map((e) => e.id), 'kuwait', 'kuwait-city', 'kuna']);
  return id === cityKey || generic.has(id);
}

function dayDiff(a: string, b: string): number {
  return a === b ? 0 : Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * How strongly a candidate belongs to the new dispatch's story: 0 when no rule holds, else the
 * strength that ranks the rules' winners. Same day only (a flash dated by its arrival: a day
 * either side); the dateline city must agree unless one side is a flash with none.
 */
export function storyEvidence(features: StoryFeatures, candidate: StoryFeatures): number {
  const flash = features.urgent || candidate.urgent;
  if (dayDiff(features.date, candidate.date) > (flash ? 1 : 0)) return 0;
  const cityless = features.cityKey === null || candidate.cityKey === null;
  if (candidate.cityKey !== features.cityKey && !(flash && cityless)) return 0;

  const entities = sharedOf(features.entityKeys, candidate.entityKeys);
  const entityUnion = setOf(features.entityKeys).size + setOf(candidate.entityKeys).size - entities.length;
  const entityMatch = entities.length >= STORY_RULE.entityShared && entities.length / entityUnion >= STORY_RULE.entityJaccard;
  const specific = entities.filter((id) => !isGeneric(id, features.cityKey ?? candidate.cityKey)).length;
  const numbers = sharedOf(features.numberKeys, candidate.numberKeys).reduce((sum, key) => sum + numberWeight(key), 0);
  const bonus = 0.05 * Math.min(numbers, 4) + 0.05 * Math.min(specific, 4);

  if (candidate.lang === features.lang) {
    const terms = sharedOf(features.leadTerms, candidate.leadTerms).length;
    const a = setOf(features.leadTerms).size;
    const b = setOf(candidate.leadTerms).size;
    if (terms === 0) return entityMatch ? 0.5 + bonus : 0;
    const jaccard = terms / (a + b - terms);
    const containment = terms / Math.min(a, b);
    const holds =
      jaccard >= STORY_RULE.leadJaccard ||
      (flash && containment >= STORY_RULE.flashContainment) ||
      (features.marker !== null && containment >= STORY_RULE.markedContainment) ||
      entityMatch;
    return holds ? containment + bonus : 0;
  }
  const names = sharedOf(features.nameKeys, candidate.nameKeys).length;
  const holds = numbers >= STORY_RULE.numbers || (numbers >= STORY_RULE.numbersWithName && specific + names >= 1) || entityMatch;
  return holds ? 0.5 + bonus : 0;
}

/** The story a new dispatch joins, and the other stories it shows to be the same one. */
export interface StoryChoice {
  storyId: string;
  /** stories the new dispatch also belongs to (an English version that ties an Arabic story to its flash's): merged into `storyId` */
  merge: string[];
}

/**
 * Picks the story a new dispatch belongs to among stored candidates (same city and nearby dates,
 * and flashes), or null for a new story. The evidence does not depend on the language: numbers,
 * gazetteer entities and name skeletons across scripts; within a language the lead's words too
 * (an update repeats part of its lead, a flash is contained in the dispatch that follows it).
 * When the evidence ties it to several stories, they were one: the best is kept, the rest merged.
 */
export function chooseStory(features: StoryFeatures, candidates: readonly StoryCandidate[]): StoryChoice | null {
  const scores = new Map<string, number>();
  for (const candidate of candidates) {
    const score = storyEvidence(features, candidate);
    if (score > (scores.get(candidate.storyId) ?? 0)) scores.set(candidate.storyId, score);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  return best ? { storyId: best[0], merge: ranked.slice(1).map(([storyId]) => storyId) } : null;
}
