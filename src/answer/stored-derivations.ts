import type { NameVocabulary } from '../text/name-vocabulary.js';

/**
 * English suffixes that make a noun of a verb's stem: "adopt" → "adoption", "conduct" → "conductor",
 * "organis" → "organiser", "pay" → "payment". The analyser strips inflections ("adopted" → adopt),
 * not these.
 */
const NOUN_SUFFIXES = ['ion', 'ation', 'or', 'er', 'ment'];

/**
 * The stored nouns made from an English word no dispatch holds: a reader asks how many pets "got
 * adopted", the wire writes of an "adoption campaign"; asked who is "conducting", it names the
 * "conductor". Only for a Latin token of four letters or more that the store does not hold, so a word the
 * wire uses keeps its own sense. Pure.
 */
export function storedDerivations(token: string, names: NameVocabulary | undefined): string[] {
  if (!names || !/^[a-z]{4,}$/.test(token) || names.holds(token)) return [];
  return storedWithSuffixes(token, NOUN_SUFFIXES, names);
}

/** Suffixes that make the noun of who does what a verb says: "lead" → "leader", "direct" → "director", "manag" → "manager". */
const AGENT_SUFFIXES = ['er', 'or'];

/** Suffixes of an agent noun no verb keeps, taken off to find the verb: "participant" → "participat", "resident" → "resid". */
const BASE_SUFFIXES = [...AGENT_SUFFIXES, 'ant', 'ent'];

/**
 * The stored nouns naming who does what an English verb says, whether or not the store holds the verb:
 * asked who leads a project, the wire names its "project leader"; who directs a festival, its "director". Pure.
 */
export function storedAgentNouns(token: string, names: NameVocabulary | undefined): string[] {
  if (!names || !/^[a-z]{3,}$/.test(token)) return [];
  return storedWithSuffixes(token, AGENT_SUFFIXES, names);
}

/** Letters a verb or sport keeps once an agent noun's suffix is taken off ("rider" is not "rid" + "er"). */
const MIN_AGENT_BASE = 4;

/**
 * The stored words an English agent noun no dispatch holds is made from: asked how old the oldest "abseiler" was or how
 * many runs each "skimboarder" had, the wire writes that volunteers "abseiled" and riders took part in "skimboarding"
 * (`abseil`, `skimboard`); a base that lost its final e to the suffix is looked for with it ("skater": `skate`). Asked the
 * number of "participants" or "applicants", the wire writes that people "participated" or "applied" (`participat` of
 * `particip`: a verb in -ate drops it before -ant; and `apply` of `applic`: a verb in -y makes its nouns in -ic-, "apply",
 * "applicant", "application"). Only for a Latin token the store does not hold. Pure.
 */
export function storedAgentBases(token: string, names: NameVocabulary | undefined): string[] {
  if (!names || !/^[a-z]+$/.test(token) || names.holds(token)) return [];
  return BASE_SUFFIXES.filter((suffix) => token.endsWith(suffix) && token.length - suffix.length >= MIN_AGENT_BASE)
    .map((suffix) => token.slice(0, -suffix.length))
    .flatMap((base) => [base, `${base}e`, `${base}at`, ...(base.endsWith('ic') ? [`${base.slice(0, -2)}y`] : [])])
    .filter((base) => names.holds(base));
}

/** Suffixes that make a noun of a verb's stem, taken off to find the verb: "evacuation" → "evacuat", "investment" → "invest". */
const VERB_NOUN_SUFFIXES = ['ion', 'ment'];

/**
 * Suffixes that make a noun of a verb, as the analyser leaves them, that adjectives end in too ("removal", "national";
 * "attendance", `attendanc`, "distance"): taken off only for a noun the store does not hold, so a word the wire uses keeps its
 * own sense.
 */
const UNHELD_VERB_NOUN_SUFFIXES = ['al', 'anc', 'enc'];

/** Letters a verb's stem keeps once a noun's suffix is taken off ("nation" is not "nat" + "ion"). */
const MIN_VERB_STEM = 4;

/**
 * The stored verb stems an English noun is made from: asked how long "the evacuation" took, the wire
 * writes that the directorate "evacuated" the tower (`evacuat`); asked of "the investment", that a fund
 * "invested"; asked of the humps' "removal" or the school's "attendance" (nouns the store does not hold),
 * that they were "removed" or pupils "attended". The analyser strips a verb's inflections, not a noun's
 * suffix. Only stems the store holds. Pure.
 */
export function storedVerbStems(token: string, names: NameVocabulary | undefined): string[] {
  if (!names || !/^[a-z]{6,}$/.test(token)) return [];
  const suffixes = names.holds(token) ? VERB_NOUN_SUFFIXES : [...VERB_NOUN_SUFFIXES, ...UNHELD_VERB_NOUN_SUFFIXES];
  return suffixes.filter((suffix) => token.endsWith(suffix) && token.length - suffix.length >= MIN_VERB_STEM)
    .map((suffix) => token.slice(0, -suffix.length))
    .filter((stem) => names.holds(stem));
}

/** The words the store holds made of a token and one of the suffixes, in the suffixes' order. */
function storedWithSuffixes(token: string, suffixes: readonly string[], names: NameVocabulary): string[] {
  return suffixes.map((suffix) => `${token}${suffix}`).filter((term) => names.holds(term));
}

/** Letters a clipped word keeps ("champ", "desal"): shorter beginnings are other words' too. */
const MIN_CLIPPED = 4;
/** Letters a clipping leaves off at least ("champ" of "champion"): one letter off is an inflection's work. */
const CLIPPED_OFF = 2;
/** More stored words than this beginning alike are a common stem, not one word clipped. */
const MAX_CLIPPED = 3;

/**
 * The stored words an English word no dispatch holds is clipped from: a reader asks about the spelling
 * bee "champ" or the "desal" unit, the wire writes "champion" and "desalination". Only for a Latin token
 * of four letters or more that the store does not hold, and only when few stored words begin with it. Pure.
 */
export function storedClippings(token: string, names: NameVocabulary | undefined): string[] {
  if (!names || !/^[a-z]+$/.test(token) || token.length < MIN_CLIPPED || names.holds(token)) return [];
  const found = names.startingWith(token, CLIPPED_OFF);
  return found.length > MAX_CLIPPED ? [] : found;
}
