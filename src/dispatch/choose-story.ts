import { loadGazetteer } from '../text/gazetteer.js';
import { namesAgency } from './agency-entities.js';
import { isAgencyHome } from './agency-home.js';
import { filedTogether } from './filed-together.js';
import { numberWeight } from './find-number-keys.js';
import type { StoryCandidate, StoryFeatures } from './story-features.js';
import { forShared, setOf } from './shared-keys.js';
import { updateReaches } from './update-reach.js';
import { KEY_PREFIX, keysOfSeveralStories, versionEvidence } from './version-evidence.js';

/**
 * The grouping rule's thresholds, fitted on the dev split of test/fixtures/eval-fortnight only
 * (eval/README: the test split is held out). Each names the evidence it weighs.
 */
export const STORY_RULE = {
  /** same language: share of the two leads' analysed terms in common (Jaccard) that makes one story */
  leadJaccard: 0.4,
  /** same language, one side a flash: share of the flash's terms found in the other's lead */
  flashContainment: 0.6,
  /**
   * the same, filed the same day and naming the same specific entity (not the country, the dateline
   * city or a topic): a flash of eight words says little, and the body or the agency it names stands
   * for the words it lacks (dev: same-story flashes 0.43-0.50 with one; the one other story's at 0.43
   * named none). Fitted on dev.
   */
  flashWithEntity: 0.5,
  /** same language, the new dispatch marked UPDATE/CORRECTION: share of the shorter lead's terms in the other */
  markedContainment: 0.2,
  /** the same, for an UPDATE/CORRECTION reaching a story of an earlier day (`updateReaches`): it must repeat more */
  reachContainment: 0.3,
  /**
   * the same at `markedContainment` when the two also name the same specific entity and at least this
   * many of the same names: an update told in new words still names who and where (dev positives
   * 0.26-0.27 with a place or body and 4-16 names; dev negatives 0.20-0.28 shared one name at most
   * beside an entity). Fitted on dev.
   */
  reachNames: 2,
  /** across languages: weight of shared numbers that makes one story on its own (a decimal or a figure ≥ 100 weighs 1) */
  numbers: 2,
  /** across languages: weight of shared numbers that makes one story with one shared entity or name */
  numbersWithName: 1,
  /** any language: shared gazetteer entities (at least `entityShared`) over all of both (Jaccard) */
  entityJaccard: 0.5,
  entityShared: 2,
  /**
   * across languages, same day and dateline: figures, specific entities and names shared and not
   * written by the day's other stories (`versionEvidence`) that make one story. 2.5 since the fifteenth
   * session (3 before): one person named (two name keys) and one small count (weight 0.5) are enough;
   * a person alone (2) is not. Fitted on every dev split: it joins four dev versions kept apart at 3 and
   * joins no dispatch of another story (eval/print-grouping-misses.ts).
   */
  version: 2.5,
} as const;

/** The gazetteer's topics (rain, the bourse, Ramadan): what a dispatch is about, not who or where. */
let topics: Set<string> | null = null;
function isTopic(id: string): boolean {
  topics ??= new Set(loadGazetteer().entries.filter((e) => e.kind === 'topic').map((e) => e.id));
  return topics.has(id);
}

/**
 * Entities every dispatch of a wire names (the filing agency's country and capital, topics) and the
 * agencies that filed the dispatches compared (`agencies`, as each records it): every dispatch is its
 * agency's copy and may name it (`told KUNA`, `ل(وام)`, `وكالة أنباء الإمارات`, which names the UAE
 * too), so neither the filing agency nor its home tells a story or topic apart (see isAgencyHome).
 */
export function isGenericEntity(id: string, cityKey: string | null, agencies: readonly string[]): boolean {
  return id === cityKey || isAgencyHome(id, agencies) || namesAgency(id, agencies) || isTopic(id);
}

const NOTHING_COMMON: ReadonlySet<string> = new Set();

/**
 * Whether a dispatch marked UPDATE/CORRECTION names the dateline city of an earlier dispatch of its
 * language (not the agency's home): a follow-up filed from the capital about an event filed from
 * where it happened (`updateReachCities` offers those). Its lead must still repeat the earlier one.
 */
function namesItsCity(features: StoryFeatures, candidate: StoryFeatures): boolean {
  const city = candidate.cityKey;
  return features.marker !== null && candidate.lang === features.lang && candidate.date < features.date && city !== null && !isGenericEntity(city, null, [features.agency, candidate.agency]) && features.entityKeys.includes(city);
}

/**
 * How strongly a candidate belongs to the new dispatch's story: 0 when no rule holds, else the
 * strength that ranks the rules' winners. Same day only (a flash dated by its arrival: a day
 * either side); the dateline city must agree unless one side is a flash with none. `common`: the
 * keys the day's other stories also hold (`keysOfSeveralStories`), not counted across languages;
 * `paired`: the candidate's story has a dispatch in the new one's language that day.
 */
export function storyEvidence(features: StoryFeatures, candidate: StoryFeatures, common: ReadonlySet<string> = NOTHING_COMMON, paired = false): number {
  const flash = features.urgent || candidate.urgent;
  const together = filedTogether(features, candidate);
  if (!together && !updateReaches(features, candidate)) return 0;
  const cityless = features.cityKey === null || candidate.cityKey === null;
  if (candidate.cityKey !== features.cityKey && !(flash && cityless) && !namesItsCity(features, candidate)) return 0;

  const city = features.cityKey ?? candidate.cityKey;
  const agencies = [features.agency, candidate.agency];
  const generic = (id: string) => isGenericEntity(id, city, agencies);
  let specific = 0;
  let distinctive = 0;
  let sharedTopics = 0;
  const entities = forShared(features.entityKeys, candidate.entityKeys, (id) => {
    if (!generic(id)) specific += 1;
    else if (isTopic(id)) sharedTopics += 1;
    if (!common.has(KEY_PREFIX.entity + id)) distinctive += 1;
  });
  const entityUnion = setOf(features.entityKeys).size + setOf(candidate.entityKeys).size - entities;
  // The whole dispatch names many entities: one of those shared must be specific, and across
  // languages those the day's other stories also name do not count. A bare dispatch (no figure, no
  // specific entity: "rain eased in Kuwait by evening") has only its topic to go by: for it a shared
  // topic of the same day and city counts, with the country beside it. Within a language the specific
  // entities and the topics count towards the shared two (who and what): the country and the agency
  // stand in every dispatch of the day.
  const bare = features.numberKeys.length === 0 && features.entityKeys.every(generic);
  const topical = bare && features.entityKeys.some((id) => isTopic(id) && candidate.entityKeys.includes(id));
  const counted = topical ? entities : specific === 0 ? 0 : candidate.lang === features.lang ? specific + sharedTopics : distinctive;
  const entityMatch = counted >= STORY_RULE.entityShared && entities / entityUnion >= STORY_RULE.entityJaccard;
  let numbers = 0;
  forShared(features.numberKeys, candidate.numberKeys, (key) => {
    numbers += numberWeight(key);
  });
  const bonus = 0.05 * Math.min(numbers, 4) + 0.05 * Math.min(specific, 4);

  if (candidate.lang === features.lang) {
    // A flash a day away shares its words with the next day's event of the same kind (the second
    // semi-final, the second day of Eid): across the day it needs a figure or a specific entity too.
    const sameDate = candidate.date === features.date;
    const terms = forShared(features.leadTerms, candidate.leadTerms);
    const a = setOf(features.leadTerms).size;
    const b = setOf(candidate.leadTerms).size;
    if (terms === 0) return 0;
    const jaccard = terms / (a + b - terms);
    const containment = terms / Math.min(a, b);
    if (!together) {
      const corroborated = specific > 0 && forShared(features.nameKeys, candidate.nameKeys) >= STORY_RULE.reachNames;
      const reach = corroborated ? STORY_RULE.markedContainment : STORY_RULE.reachContainment;
      return containment >= reach ? containment + bonus : 0;
    }
    // The entities of the whole dispatch name who reports it as well as what it reports (the same
    // spokesman tells of two events in a day): within a language the leads must say some of the same too.
    const holds =
      jaccard >= STORY_RULE.leadJaccard ||
      (flash && containment >= STORY_RULE.flashContainment && (sameDate || numbers > 0 || specific > 0)) ||
      (flash && sameDate && specific > 0 && containment >= STORY_RULE.flashWithEntity) ||
      ((features.marker !== null || entityMatch) && containment >= STORY_RULE.markedContainment) ||
      (topical && entityMatch);
    return holds ? containment + bonus : 0;
  }
  // What only these two of the day's stories share: the whole dispatches name many things. A
  // candidate whose story has its version in the new dispatch's language (`paired`) is reached by figures only.
  const version = versionEvidence(features, candidate, common, generic);
  const named = (version.numbers >= STORY_RULE.numbersWithName && version.entities + version.names >= 1) || entityMatch;
  const holds = numbers >= STORY_RULE.numbers || (!paired && named);
  return holds ? 0.5 + bonus : 0;
}

/**
 * The other language's version of the new dispatch, filed the same day under the same dateline
 * (no flash): enough figures, specific entities and names that only these two of the day's stories
 * share (`versionEvidence`). 0 or the strength of a weak match (below every lead-words match).
 */
export function versionStrength(features: StoryFeatures, candidate: StoryFeatures, common: ReadonlySet<string>): number {
  if (candidate.lang === features.lang || candidate.date !== features.date || features.urgent || candidate.urgent) return 0;
  if (features.cityKey === null || candidate.cityKey !== features.cityKey) return 0;
  const city = features.cityKey;
  const version = versionEvidence(features, candidate, common, (id) => isGenericEntity(id, city, [features.agency, candidate.agency]));
  return version.total >= STORY_RULE.version ? 0.25 + 0.05 * Math.min(version.total, 4) : 0;
}

/** The story a new dispatch joins, and the other stories it shows to be the same one. */
export interface StoryChoice {
  storyId: string;
  /** stories the new dispatch also belongs to (an English dispatch that ties an Arabic story to its flash's): merged into `storyId` */
  merge: string[];
}

/**
 * Picks the story a new dispatch belongs to among stored candidates (same city and nearby dates,
 * and flashes), or null for a new story. The evidence does not depend on the language: numbers,
 * gazetteer entities and name skeletons across scripts; within a language the lead's words too
 * (an update repeats part of its lead, a flash is contained in the dispatch that follows it).
 * When it ties a flash's story to a story begun in the other language, they were one: merged.
 */
export function chooseStory(features: StoryFeatures, candidates: readonly StoryCandidate[]): StoryChoice | null {
  const best = new Map<string, { score: number; candidate: StoryCandidate }>();
  const sameDay = candidates.filter((candidate) => candidate.date === features.date);
  // A version pairs with its translation: a story that already has a dispatch of the new one's
  // language that day has its version there (an update must match by its words). The keys that
  // tell the day's other stories apart are counted among the stories still without one.
  const hasOwnLanguage = new Set(sameDay.filter((candidate) => candidate.lang === features.lang).map((candidate) => candidate.storyId));
  const common = keysOfSeveralStories(
    features,
    sameDay.filter((candidate) => !hasOwnLanguage.has(candidate.storyId)),
  );
  for (const candidate of candidates) {
    const paired = hasOwnLanguage.has(candidate.storyId);
    let score = storyEvidence(features, candidate, common, paired);
    if (score === 0 && !paired) score = versionStrength(features, candidate, common);
    if (score > (best.get(candidate.storyId)?.score ?? 0)) best.set(candidate.storyId, { score, candidate });
  }
  const ranked = [...best].sort((a, b) => b[1].score - a[1].score);
  const [top, ...others] = ranked;
  if (!top) return null;
  // Only a flash bridges: the dispatch that follows a flash also ties the story its other-language
  // version began. Other stories that resemble the dispatch stay apart; the closest one wins.
  const lead = top[1].candidate;
  // A story an update reached on an earlier day is no flash's other version: it joins only as the top.
  const bridged = others.filter(
    ([, { candidate }]) => (candidate.urgent || lead.urgent) && candidate.lang !== lead.lang && filedTogether(features, candidate),
  );
  return { storyId: top[0], merge: bridged.map(([storyId]) => storyId) };
}
