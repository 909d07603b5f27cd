import type { Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { isArabicFutureOf } from '../text/is-arabic-future-of.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import type { AnswerType } from './answer-type.js';
import { findDecades } from './find-decades.js';
import { findOrdinalsAndYears, type OrdinalsAndYears } from './find-ordinals-and-years.js';
import { gradeLinkedFact } from './grade-linked-fact.js';
import { namesAnotherLocality } from './names-another-locality.js';
import { namesAnotherPerson } from './names-another-person.js';
import { tellsMoney } from './tells-money.js';
import { tellsShare } from './asks-share.js';
import { tellsAge } from './asks-age.js';
import { analyseWithDateMarks, countPositions, linksAnswerFiller } from './link-answer-filler.js';
import { type Concept, type Concepts, listedForms, weightOf, weightOfAll, writesAnyIn } from './weigh-concepts.js';

export type { Concept, Concepts } from './weigh-concepts.js';
export { weighConcepts } from './weigh-concepts.js';

/**
 * Whether the question's own words cannot judge a passage in `lang`: a topic it is about has no
 * form in that language (the lexicon's gap). Only then does a rewrite's restatement judge instead;
 * where the question's words reach the other language, they decide there too.
 */
export function needsBridge(concepts: Concepts, lang: Lang): boolean {
  return concepts.list.some((c) => c.critical && c.documents > 0 && !writesAnyIn(listedForms(c), lang));
}

/** Words that change what a following word names: a semi-final is not the final, a deputy not the minister. */
const MODIFIERS = new Set(['semi', 'quarter', 'vice', 'deputy', 'former', 'pre', 'نصف', 'ربع', 'نائب', 'سابق'].flatMap((w) => analyseText(w)));

/** Words after which an event is only in prospect: a team that "reached the final" has not won it. */
const PROSPECTIVE = new Set(
  ['reach', 'reached', 'reaching', 'qualify', 'qualified', 'advance', 'advanced', 'book', 'booked', 'بلوغ', 'تأهل', 'يتأهل', 'تأهله', 'الوصول'].flatMap((w) => analyseText(w)),
);

/**
 * Whether a passage's token is the question's: the same, or the same with a bare preposition
 * glued on (`بقيمة` for `قيمة`, `لبورصة`): the analyser strips `بال` and `لل`, not `ب`, `ل` or `ك` alone;
 * or the same with the accusative alif the wire puts on a counted noun (`40 مخيما`, `48 قاربا` for `مخيم`, `قارب`), or on
 * an adjective of relation, which the analyser otherwise folds onto its noun (`حوتي`, `حوتية` → `حوت`; `قرشا حوتيا` for `حوت`).
 */
export function sameWord(token: string | undefined, asked: string): boolean {
  if (token === asked || token === undefined) return token !== undefined;
  return (token.length >= 4 && /^[بلك][\u0621-\u064A]/.test(token) && token.slice(1) === asked) || (/^[\u0621-\u064A]{3,}$/u.test(asked) && (token === `${asked}ا` || token === `${asked}يا`));
}

/**
 * Whether a passage's token is the question's word (see sameWord), or (`future`) the wire's future of its verb (see isArabicFutureOf):
 * the reader asks in the present what the wire tells as a plan (`بيوزعون` of `سيوزع`); so does a reader asking in English, whose verb the
 * lists write in the Arabic present ("start": `تبدأ`, the wire's `ستبدأ`).
 */
const matches = (token: string | undefined, asked: string, future: boolean): boolean => sameWord(token, asked) || (future && token !== undefined && isArabicFutureOf(token, asked));

/** Whether `phrase` stands at `i` in `tokens`, not right after a modifier (or a word of prospect) the question did not use. */
function occursAt(tokens: readonly string[], i: number, phrase: readonly string[], asked: ReadonlySet<string>, future = false): boolean {
  if (!phrase.every((token, offset) => matches(tokens[i + offset], token, future))) return false;
  const before = tokens[i - 1];
  return before === undefined || asked.has(before) || !(MODIFIERS.has(before) || PROSPECTIVE.has(before));
}

/** Whether one of the concept's phrases stands in `tokens` right after a modifier or a word of prospect the question did not use ("semi-final" for "final"). */
function modifiedIn(tokens: readonly string[], concept: Concept, asked: ReadonlySet<string>, future: boolean): boolean {
  return concept.group.some((phrase) => {
    if (phrase.length === 0) return false;
    for (let i = 0; i + phrase.length <= tokens.length; i += 1) if (phrase.every((token, offset) => matches(tokens[i + offset], token, future)) && !occursAt(tokens, i, phrase, asked, future)) return true;
    return false;
  });
}

function occursIn(tokens: readonly string[], phrase: readonly string[], asked: ReadonlySet<string>, future: boolean): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) if (occursAt(tokens, i, phrase, asked, future)) return true;
  return false;
}

/** How many other tokens may stand inside a named thing's words written apart ("the price of 24-carat gold", `معرض رمضان للكتاب`). */
const APART = 2;

/**
 * Whether a named thing of several words stands in `tokens` with its words apart or turned round
 * ("the price of 24-carat gold" for "gold price", `معرض رمضان للكتاب` for `معرض الكتاب`): every word
 * within a span of the phrase's length and APART more.
 */
function occursApart(tokens: readonly string[], phrase: readonly string[]): boolean {
  return positionsApart(tokens, phrase).length > 0;
}

/** Where a named thing's words stand apart or turned round (see occursApart): the positions of its words in each such span. */
function positionsApart(tokens: readonly string[], phrase: readonly string[]): number[] {
  if (phrase.length < 2) return [];
  const span = phrase.length + APART;
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const window = tokens.slice(i, i + span);
    if (phrase.some((word) => sameWord(window[0], word)) && phrase.every((word) => window.some((token) => sameWord(token, word)))) {
      window.forEach((token, k) => {
        if (phrase.some((word) => sameWord(token, word))) at.push(i + k);
      });
    }
  }
  return at;
}

/** A paragraph that goes on with the one before: a pronoun subject, "also" early on, "he said", or Arabic opening with و. */
const CONTINUES = /^(?:(?:he|she|it|they|this|these|its|their)\b|(?:\S+\s+){0,4}(?:also|further|meanwhile)\b|و)|,\s+(?:he|she|it|they)\s+(?:said|added|noted)\.?$/iu;

/** Where a passage stands in its dispatch: the paragraph before it, and the dispatch's headline and lead (when the passage is not the lead). */
export interface Setting {
  previous?: PassageHit | undefined;
  /** the headline and the lead paragraph: they name the story a later paragraph goes on with */
  story?: string;
  /**
   * The story's version in the other language (its headlines and paragraphs): a parallel text of the
   * passage's own. A topic the passage's language has no form for, named there, is the story's topic.
   */
  parallel?: string;
  /**
   * The part of that version that tells what the passage tells (its headlines and the paragraphs
   * corresponding to the passage, see otherVersionParagraph): when given, only it lends the passage
   * a word its language cannot write.
   */
  parallelHere?: string;
}

/**
 * Every position in `tokens` where one of the concept's phrases stands (see occursAt), or, for a named
 * thing, its words apart (see occursApart: "the price of 24-carat gold"), as the passage is judged to name it.
 * Where the fact stands, the wire's future of an asked verb counts in whichever language the question asks (see
 * matches: "when does it start" of `ستبدأ`, the lists' `تبدأ`); naming a topic by it is for Arabic questions only (see buildMatcher).
 */
function positionsOf(tokens: readonly string[], concept: Concept, asked: ReadonlySet<string>): number[] {
  return concept.group.flatMap((phrase) => {
    if (phrase.length === 0) return [];
    const at: number[] = [];
    for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
      if (occursAt(tokens, i, phrase, asked, true)) at.push(...phrase.map((_, offset) => i + offset));
    }
    return at.length === 0 && concept.entity ? positionsApart(tokens, phrase) : at;
  });
}

/**
 * The analysed tokens of a text the judge reads, by text: a dispatch's story (headline and lead) is
 * read for each of its paragraphs, its city for each passage, and a passage is judged more than once
 * (on the question's words, on a rewrite's, for a partial answer). Read only.
 */
const tokensOf = memoiseBounded((text: string): readonly string[] => analyseText(text), 5000);

/** How many matchers a passage keeps: one for each way it is judged in a question (its own words, a kind of fact, fewer words). */
const MATCHERS_A_PASSAGE = 4;
const matchersOf = new WeakMap<PassageHit, Array<{ setting: Setting; concepts: Concepts; dates: boolean; built: Matcher }>>();

/**
 * A passage's matcher (see buildMatcher), built once for a setting, concepts and answer type: each check of a passage
 * (its relevance, the topics its language cannot write, the topics it names) asks the same, and building it analyses the
 * passage and its story again. The caller gives one setting object a passage (see retrieve-passages' settings). The answer
 * type changes the matcher only for "when" (the dates' marks, see analyseWithDateMarks): any other is one with none.
 */
function matcher(hit: PassageHit, setting: Setting, concepts: Concepts, type: AnswerType | null = null): Matcher {
  const known = matchersOf.get(hit) ?? [];
  const dates = type === 'date';
  const found = known.find((m) => m.setting === setting && m.concepts === concepts && m.dates === dates);
  if (found !== undefined) return found.built;
  const built = buildMatcher(hit, setting, concepts, type);
  matchersOf.set(hit, [{ setting, concepts, dates, built }, ...known.slice(0, MATCHERS_A_PASSAGE - 1)]);
  return built;
}

type Matcher = ReturnType<typeof buildMatcher>;

/**
 * What a passage names of the question's concepts, what its language can write, and what its
 * story (headline and lead) names. The paragraph before names who and where ("Putin said …" then
 * "He added …"); what it reports carries over only to a paragraph that goes on with it ("The draft
 * also sets …", "وأضاف …"). The story's headline and lead name its topic for every paragraph
 * ("Boursa Kuwait closes higher" over "Zain and KFH were the most traded"). A lead paragraph is named by
 * what its headline names: the wire's headline sums up its lead, which may tell the fact in other words
 * ("consumer prices rose" under "inflation eases").
 */
function buildMatcher(hit: PassageHit, setting: Setting, concepts: Concepts, type: AnswerType | null) {
  const asked = new Set(concepts.list.flatMap((c) => c.group.flat()));
  // Whether a topic is named: the wire's future of a verb the reader asks in Arabic (see matches; where the fact stands, see positionsOf).
  const future = concepts.arabicAsked === true;
  const own = [...tokensOf(hit.dateline?.city ?? ''), ...analyseWithDateMarks(hit.text, type)];
  const story = tokensOf(setting.story ?? '');
  const previous = setting.previous ? tokensOf(setting.previous.text) : [];
  const parallel = tokensOf(setting.parallelHere ?? setting.parallel ?? '');
  const continues = CONTINUES.test(hit.text.trim());
  const ownHeadline = hit.paragraph === 0 && hit.headline.length > 0 && hit.text.startsWith(hit.headline.replace(/…$/, ''));
  const occurs = (tokens: readonly string[], concept: Concept) =>
    concept.group.some((phrase) => phrase.length > 0 && (occursIn(tokens, phrase, asked, future) || (concept.entity && occursApart(tokens, phrase))));
  // A topic the passage's language cannot write (no listed form, nor an induced one the passage holds), named by the story's other version: the story's.
  const bridged = (concept: Concept) =>
    !writesAnyIn(listedForms(concept), hit.lang) && !occurs(own, concept) && occurs(parallel, concept);
  const named = (concept: Concept) => occurs(own, concept) || ((concept.entity || continues) && (occurs(story, concept) || occurs(previous, concept))) || (hit.paragraph === 0 && occurs(story, concept)) || bridged(concept);
  // A later paragraph that names in its own words the rarest topic asked beyond its story (the fee, the waiting time) tells that
  // of its story: its headline names the topic it no longer repeats ("The fee is KD 5" under the service's headline). A commoner
  // asked word alone is a weaker sign: another fact of the story may name it ("staff work at night"). The headline sums up the
  // story; the lead may tell other facts of it ("in the first quarter"), so only the headline lends.
  const beyond = concepts.list.filter((c) => c.critical && c.documents > 0 && !c.asking && !occurs(story, c)).sort((a, b) => a.documents - b.documents);
  const addsToStory = hit.paragraph > 0 && beyond.length > 0 && occurs(own, beyond[0] as Concept);
  return {
    asked,
    continues,
    bridged,
    named,
    /** named, or, for a later paragraph that adds the rarest topic asked to its story, named by its headline */
    carried: (concept: Concept) => named(concept) || (addsToStory && occurs(tokensOf(hit.headline), concept)),
    inStory: (concept: Concept) => occurs(story, concept) || bridged(concept),
    /** named by the passage or its story in another sense ("semi-final", "reach the final"): they tell of another event */
    otherSense: (concept: Concept) => modifiedIn(own, concept, asked, future) || modifiedIn(story, concept, asked, future),
    /** named by the passage's story (headline, lead) or by the paragraph it goes on with; a headline cut from the passage's own lead is the passage, no story */
    lent: (concept: Concept) => (!ownHeadline && occurs(story, concept)) || ((concept.entity || continues) && occurs(previous, concept)) || bridged(concept),
    // A translation the store induced counts where the passage (or its story) holds it; elsewhere the concept is one its language cannot write, as before.
    writable: (concept: Concept) =>
      writesAnyIn(listedForms(concept), hit.lang) ||
      (concept.translated !== undefined && [own, story, previous].some((tokens) => occurs(tokens, concept))) ||
      bridged(concept),
  };
}

/** The question's topics (critical, held by some dispatch) a passage names, with its story and the paragraph before (see matcher). */
export function conceptsNamed(hit: PassageHit, setting: Setting, concepts: Concepts): Concept[] {
  const { named } = matcher(hit, setting, concepts);
  return concepts.list.filter((c) => c.critical && c.documents > 0 && named(c));
}

/**
 * Whether a passage names (with its story and the paragraph before, see matcher) every topic asked that its language can
 * write, and there is one: it leaves out nothing of the question but what its language has no word for.
 */
export function namesEveryWritableTopic(hit: PassageHit, setting: Setting, concepts: Concepts): boolean {
  const { named, writable } = matcher(hit, setting, concepts);
  const topics = concepts.list.filter((c) => c.critical && c.documents > 0 && writable(c));
  return topics.length > 0 && topics.every(named);
}

/**
 * The question's topics (critical, held by some dispatch) a passage's language cannot write: no listed form there, no induced
 * one the passage or its story holds, none lent by the story's other version (see matcher's writable). The passage was judged
 * without them (see isRelevant).
 */
export function unwritableTopics(hit: PassageHit, setting: Setting, concepts: Concepts): Concept[] {
  const { writable } = matcher(hit, setting, concepts);
  return concepts.list.filter((c) => c.critical && c.documents > 0 && !writable(c));
}

/**
 * Whether a passage is on the question's topic only through its story, so that the kind of fact asked
 * cannot be tied to a word of it: relevant as a question asking for no kind of fact (see isRelevant),
 * its language (with the story's version in the other language, see matcher's bridge) writes every
 * topic asked, and it names none of them in its own words. The question's words all lie out of its
 * language's reach ("how many craftsmen worked on the dhow", asked of `عملوا على السفينة`); a passage
 * that names a topic itself was judged on it, and a topic neither version names is not the story's.
 * `unlistedCount`: what "how many" counts, given when the passage counts a thing by a word no list
 * gives a form for in the asker's language (see countsUnlisted). When only the story's other version
 * names it ("wrestlers", no Arabic form listed, asked of `86 مصارعا`), that word is the passage's for
 * it, and the judge could not tie the figure to it: the passage may name the other topics itself, and
 * the asker's phrasing (see Concept.asking) need not be written in its language.
 */
export function isRelevantThroughStory(hit: PassageHit, setting: Setting, concepts: Concepts, dated: boolean, unlistedCount?: Concept): boolean {
  const { writable, bridged, asked } = matcher(hit, setting, concepts);
  const held = concepts.list.filter((c) => c.critical && c.documents > 0);
  const own = tokensOf(hit.text);
  // The thing counted named by the story's other version, or named by neither version and by no word the passage's language can
  // write ("heats", no Arabic form, asked of `12 شوطا`; a short word, shaped as the asking's, is still the thing counted): either
  // way the passage's own word for it is one no list ties to the asker's. Named by the other version in a word of the asking
  // ("judges" beside `35 نحالا`), the thing is told there, and not by the passage's figure.
  const unwritable = unlistedCount !== undefined && !writesAnyIn(listedForms(unlistedCount), hit.lang);
  const untied = unlistedCount !== undefined && (bridged(unlistedCount) ? !unlistedCount.asking : unwritable);
  if (untied) return held.every((c) => c.asking || c === unlistedCount || writable(c)) && isRelevant(hit, setting, concepts, dated, null);
  return held.every(writable) && !held.some((c) => positionsOf(own, c, asked).length > 0) && isRelevant(hit, setting, concepts, dated, null);
}

/**
 * Whether a passage tells the same thing elsewhere or another time than asked: another place of the
 * kind asked (see namesAnotherPlace), or another instance (see namesAnotherInstance: "the first night"
 * asked, the ten days told; "last year" asked, this year's figure told). What isRelevant vetoes
 * whatever else the passage holds, for a passage judged on other grounds.
 */
export function tellsAnotherInstance(hit: PassageHit, setting: Setting, concepts: Concepts): boolean {
  const { named, writable } = matcher(hit, setting, concepts);
  return namesElsewhereOrAnotherTime(hit, setting, concepts, named, writable);
}

/**
 * The veto tellsAnotherInstance and isRelevant share, given how the passage names and writes the question's concepts:
 * another place of the kind asked (see namesAnotherPlace), another town than a place no list knows (see
 * namesAnotherLocality), or another instance (see namesAnotherInstance).
 */
function namesElsewhereOrAnotherTime(hit: PassageHit, setting: Setting, concepts: Concepts, named: (c: Concept) => boolean, writable: (c: Concept) => boolean): boolean {
  return namesAnotherPlace(hit, setting, concepts, named) || namesAnotherLocality(hit.text, concepts, named, writable) || namesAnotherInstance(hit, setting, concepts);
}

/**
 * Whether a passage is close enough to the question to be quoted in a partial answer ("the
 * dispatches report … but not …"): it names half the weight of the question's topics, the
 * critical words no dispatch holds counted too.
 */
export function isOnTopic(hit: PassageHit, setting: Setting, concepts: Concepts): boolean {
  const { named, writable } = matcher(hit, setting, concepts);
  const held = concepts.list.filter((c) => c.critical && c.documents > 0 && writable(c));
  const namedTopics = held.filter(named);
  // A word no dispatch holds weighs as much as an average topic: it is what is missing, not what is rare.
  const missing = concepts.list.filter((c) => c.critical && c.documents === 0).length * (held.length > 0 ? weightOfAll(held, concepts.total) / held.length : 1);
  return namedTopics.length >= Math.min(2, held.length) && namedTopics.length > 0 && weightOfAll(namedTopics, concepts.total) >= PARTIAL * (weightOfAll(held, concepts.total) + missing);
}

/** Share of the stored dispatches a country must be named in to be the wire's own, which a passage may leave out. */
export const HOME = 0.25;

/** Share of the topics' weight a passage must name to be quoted in a partial answer. */
const PARTIAL = 0.5;

/** Share of the concepts' weight a passage must name (fitted on the dev split). */
const COVERAGE = 0.6;
/** Share of the question's topic weight the passage's language must be able to write for the passage to be judged at all (fitted on the two dev splits). */
const WRITABLE = 0.3;
/**
 * The grade (see gradeLinkedFact) at which a typed question's passage answers even when the rules
 * below would not: fitted on the two dev splits, midway between the best-graded near miss there
 * (0.55, "which country did the shipment come from") and the worst-graded answer (0.61, "how much
 * rain did the Met Department forecast", the wire saying "warned of rain reaching up to 35 mm").
 */
const LINKED = 0.58;
/** How many of the rarest topics a passage must name when the question has three or four (longer questions carry incidental words). */
const RAREST = 2;

/**
 * Whether the passage holds the kind of fact asked for, tied to what the question asks beyond
 * its story: the focus, the topics the story (headline, lead) does not name. One sentence must
 * hold the fact and most (COVERAGE) of the focus's weight (any of the topics, when the story names
 * them all: then the question is about the story, and a sentence on it gives the fact); for
 * "how many" the figure stands next to a focus concept, or next to what is counted (one of the
 * first two topics: "how many shares", "كم عدد النازحين", "كم تبلغ سرعة الرياح"; or the word "how many" names right after it,
 * wherever the question puts it: "the junior race ran over how many laps", see countsWordRightAfter).
 */
function holdsLinkedFiller(hit: PassageHit, topics: readonly Concept[], type: AnswerType, m: ReturnType<typeof matcher>, concepts: Concepts): boolean {
  const { total } = concepts;
  const writable = topics.filter((c) => m.writable(c) && !unnamedDeed(c, m.named));
  const beyond = writable.filter((c) => !m.inStory(c));
  const focus = beyond.length > 0 ? beyond : writable;
  if (focus.length === 0) return false;
  const positions = (tokens: readonly string[], list: readonly Concept[]) => list.flatMap((c) => positionsOf(tokens, c, m.asked));
  // Nothing asked beyond the story: any sentence on it will do; else most of the focus's weight.
  const covers = (tokens: readonly string[]) => beyond.length === 0 || weightOfAll(focus.filter((c) => positions(tokens, [c]).length > 0), total) >= COVERAGE * weightOfAll(focus, total);
  // What is counted: one of the first two topics, or the word "how many" names right after it, wherever it stands.
  const counted = type === 'number' ? [...new Set([...writable.slice(0, 2), ...writable.filter((c) => c.counted === true)])] : [];
  // People counted without a role named ("how many people"): a count in a sentence on the focus answers.
  const countedAt = concepts.peopleCounted ? (tokens: readonly string[]) => (covers(tokens) ? countPositions(tokens) : []) : (tokens: readonly string[]) => positions(tokens, counted);
  return (
    linksAnswerFiller(hit.text, type, (tokens) => (covers(tokens) ? positions(tokens, focus) : []), concepts.speakerAsked ?? false, concepts.kindNamed !== true) ||
    (counted.length > 0 && linksAnswerFiller(hit.text, type, countedAt))
  );
}

/**
 * Whether a passage is about another place than the one asked: it does not name a place the
 * question names (with its story and dateline) but names another of its kind (Hawalli for Jahra,
 * Sudan for Yemen) in its own words. The same event somewhere else is a near miss.
 * A city or governorate asked about is needed even when no other is named: a report for the whole
 * country ("heavy rain in Kuwait") does not say how much fell in Jahra. The wire's own country is not
 * (it names Kuwait in half its copy and leaves it out in the rest); another country is: a passage that
 * does not name Morocco does not tell how many Moroccan publishers came.
 */
function namesAnotherPlace(hit: PassageHit, setting: Setting, concepts: Concepts, named: (c: Concept) => boolean): boolean {
  const asked = concepts.list.filter((c) => c.place);
  const missed = asked.filter((c) => !named(c));
  if (missed.length === 0) return false;
  const { byId } = loadGazetteer();
  const askedIds = new Set(asked.flatMap((c) => c.placeIds ?? []));
  const kinds = new Set(missed.flatMap((c) => (c.placeIds ?? []).map((id) => byId.get(id)?.kind)));
  if (kinds.has('city')) return true;
  // In its own words, names only: a story's lead names whose the story is too ("a Kuwaiti relief plane" landing in Sudan).
  const seen = findEntitiesInTokens(analyseText(hit.text), { adjectives: false });
  // The wire leaves out only its own country, the one much of the store names: another country asked must be
  // named, unless the passage or its story names a city, which may lie in it (Khartoum for Sudan).
  const foreign = missed.some((c) => (c.placeIds ?? []).some((id) => byId.get(id)?.kind === 'country') && c.documents < HOME * concepts.total);
  if (foreign && ![...seen, ...findEntitiesInTokens(analyseText(setting.story ?? ''), { adjectives: false })].some((id) => byId.get(id)?.kind === 'city')) return true;
  // Another place of the kind of a missed country (Sudan for Yemen) tells another event.
  return seen.some((id) => !askedIds.has(id) && kinds.has(byId.get(id)?.kind));
}

/**
 * Whether a passage is about another instance than the one asked. An ordinal the question names
 * ("the second round", `الطائرة الثامنة`) must be named by the passage or its story: it is what the
 * question asks about, and the wire names the instance it reports ("the first round", "the seventh
 * such flight"). A year is weaker evidence (a figure "in 2025" may sit beside "this year"): the passage
 * fails only when it names another year and none the question names. So for a year named by its
 * distance ("last year" asked, the passage and its story telling only "this year"'s figure), and for
 * a decade (the eighties asked, "between the fifties and the seventies" or "a 1962 photo" told).
 */
function namesAnotherInstance(hit: PassageHit, setting: Setting, concepts: Concepts): boolean {
  const asked = concepts.instances;
  // Nothing asked by number, by distance or by decade (most questions): nothing the passage names can differ, and reading it costs a pass of every pattern.
  if (!asked || (!asksInstance(asked) && !concepts.decades)) return false;
  const text = `${hit.text}\n${setting.story ?? ''}`;
  const told = findOrdinalsAndYears(text);
  const differs = (mine: ReadonlySet<number>, theirs: ReadonlySet<number>) => mine.size > 0 && theirs.size > 0 && ![...mine].some((n) => theirs.has(n));
  // A decade asked ("photos from the eighties") is another instance where the passage dates its own to others, by decade or by year.
  const toldDecades = new Set([...findDecades(text), ...[...told.years].map((y) => y - (y % 10))]);
  if (concepts.decades && differs(concepts.decades, toldDecades)) return true;
  // Every ordinal asked names the instance: "the 11th grade in the first term" is not told by "the first term of the 12th grade".
  const unnamed = [...asked.ordinals].some((n) => !told.ordinals.has(n));
  return unnamed || differs(asked.years, told.years) || differs(asked.relativeYears, told.relativeYears) || missesEarlier(asked, told, Number(hit.date.slice(0, 4)));
}

/** Whether a question names an instance: an ordinal, a year, a year by its distance, or an earlier one. */
const asksInstance = (asked: OrdinalsAndYears) => asked.ordinals.size > 0 || asked.years.size > 0 || asked.relativeYears.size > 0 || asked.earlier;

/**
 * Whether an earlier instance is asked ("last season", "in 2024" asked of a 2026 dispatch) and the
 * passage with its story marks none. The wire reports the news of its day and marks a figure of an
 * earlier instance as such ("last year", "the previous edition", "in 2024", "a year earlier"): a
 * passage that marks none reports the current one.
 */
function missesEarlier(asked: OrdinalsAndYears, told: OrdinalsAndYears, year: number): boolean {
  const pastYears = [...asked.years].filter((y) => y < year);
  if (pastYears.length > 0) return !pastYears.some((y) => told.years.has(y)) && ![...asked.years].some((y) => told.years.has(y));
  if (!asked.earlier && !asked.relativeYears.has(-1)) return false;
  // "Last year" is the year before the passage's own: a passage dating its figure to an older year ("since it was tagged in 2024", filed in 2026) tells another.
  const earlierYear = asked.relativeYears.has(-1) ? told.years.has(year - 1) : [...told.years].some((y) => y < year);
  return !told.earlier && !told.relativeYears.has(-1) && !earlierYear;
}

/**
 * Whether a passage answers the question: it names (with its story and the paragraph before, the
 * headline's topics counting for a later paragraph that names the rarest topic asked beyond its story: see
 * matcher's carried) the question's rarest critical concept that is not a place (the two rarest, of three or four), every
 * named thing the question is about, and most (COVERAGE) of the weight by rarity of all its
 * concepts, places included, never a word right after a modifier the question lacks ("semi-final"
 * for "final"); and, when the question asks for a kind of fact, one of its sentences holds it tied
 * to what is asked (see holdsLinkedFiller). A question asking for a kind of fact is answered too by
 * a passage whose best sentence grades LINKED or better (see gradeLinkedFact): the wire's paraphrase
 * of one asked word ("warned" for "forecast") then costs that word's weight instead of the answer.
 * A question only about places needs one of them, or its day. A passage on the same thing elsewhere
 * or another time is a near miss whatever else it holds: it names another place of the kind asked
 * (see namesAnotherPlace), misses the ordinal asked or names another year (namesAnotherInstance).
 */
export function isRelevant(hit: PassageHit, setting: Setting, concepts: Concepts, dated: boolean, type: AnswerType | null): boolean {
  const m = matcher(hit, setting, concepts, type);
  const { writable } = m;
  const held = concepts.list.filter((c) => c.critical && c.documents > 0);
  const topics = held.filter(writable);
  // The story lends its topics to a later paragraph (see matcher's carried), not to one about another person, nor where it tells another event ("the semi-final").
  const named = reportsAnotherPerson(hit, topics, m) || topics.some(m.otherSense) ? m.named : m.carried;
  const places = concepts.list.filter((c) => c.place && c.documents > 0 && writable(c));
  if (topics.length === 0) {
    // Only places (or nothing this language can write): one of them, or the day asked, will do.
    const anyTopic = concepts.list.some((c) => c.critical);
    return !anyTopic && (places.some(named) || (dated && places.length === 0) || (dated && places.some(named)));
  }
  // The rarest topic asked (not a word of the asking) has no form in the passage's language, nor does the story's other
  // version lend it: what the passage leaves out may be just that word, so it must name every other topic asked itself.
  // Asked money, naming the others is not enough: an amount is a fact of the thing it is paid for, and the words around it
  // (a prize, a champion, a fee, a ticket) are those of any story's amount. Tied to the thing asked by no word of the
  // passage nor of its story's other version, it tells another thing's amount ("the floorball champion's prize" for the teqball's).
  const rarestHeld = held.filter((c) => !c.asking).sort((a, b) => a.documents - b.documents)[0];
  if (rarestHeld !== undefined && !writable(rarestHeld) && (concepts.money || !topics.filter((c) => !c.asking).every(named))) return false;
  // Most of what is asked has no form in the passage's language: it cannot be judged on the rest.
  if (weightOfAll(topics, concepts.total) < WRITABLE * weightOfAll(held, concepts.total)) return false;
  if (namesElsewhereOrAnotherTime(hit, setting, concepts, named, writable)) return false;
  // Money asked (a cost, a value, a fine): a passage with no amount of money tells another quantity.
  if (concepts.money && !tellsMoney(hit.text)) return false;
  // A share asked (`كم نسبة`, "what percentage"): a passage with no per cent tells a count or an amount instead.
  if (concepts.share && !tellsShare(hit.text)) return false;
  // An age asked ("how old", `كم عمر`): a passage with no age tells another figure of the story; one with an age on the
  // topic gives it in words no figure links to the asker's ("a 34-year-old farm worker", `طفلا في الرابعة من عمره`).
  if (concepts.age) return tellsAge(hit.text) && isRelevant(hit, setting, { ...concepts, age: false }, dated, null);
  // A named thing the question is about (a person, an organisation, an occasion) is not optional.
  if (!topics.filter((c) => c.entity).every(named)) return false;
  // A word held only in a noun made of it (see storedDerivations) is what is asked, and no other language writes it.
  if (!held.filter((c) => c.derived).every(named)) return false;
  // A word the store holds only through the general dictionary's translation (see Concept.widenedOnly) is what is asked, and
  // the translation's other senses may be what the store holds: a passage that names none of it leaves the asked word out.
  if (!held.filter((c) => c.widenedOnly).every(named)) return false;
  // A typed question's fact graded sentence by sentence: a paraphrase of the asking costs a word's weight, not the answer.
  if (type !== null && !reportsAnotherPerson(hit, topics, m) && gradeOf(hit, topics, places, type, m, concepts) >= LINKED) return true;
  // The rarest topic, or, when it is a word of the asking (a colloquial verb the wire writes with its own), the rarest of the others.
  const rarestOf = (list: readonly Concept[]) => [...list].sort((a, b) => a.documents - b.documents).slice(0, type === null && topics.length >= 3 && topics.length <= 4 ? RAREST : 1);
  const core = topics.filter((c) => !c.asking);
  if (!rarestOf(topics).every(named) && !(core.length > 0 && core.length < topics.length && rarestOf(core).every(named))) return false;
  // Places count towards coverage ("signed by China and Pakistan"), never alone.
  const weighed = [...topics, ...places].filter((c) => !unnamedDeed(c, named));
  if (weightOfAll(weighed.filter(named), concepts.total) < COVERAGE * weightOfAll(weighed, concepts.total)) return false;
  return type === null || holdsLinkedFiller(hit, held, type, m, concepts);
}

/**
 * Whether a passage that does not go on with the paragraph before names another person than the one
 * asked about (see namesAnotherPerson): the story lends its topic to the graded path, not whose fact
 * a paragraph with a name of its own reports.
 */
function reportsAnotherPerson(hit: PassageHit, topics: readonly Concept[], m: ReturnType<typeof matcher>): boolean {
  const asked = new Set(topics.filter((c) => c.person).flatMap((c) => c.group.flat()).filter((token) => !NOT_A_NAME.has(token)));
  return asked.size > 0 && !m.continues && namesAnotherPerson(hit.text, asked);
}

/**
 * The asker's verb (see Concept.deed: "could people see") that the passage does not name: the wire tells the deed in its own tense,
 * which for an irregular verb the stemmer does not take back (`seen`), so leaving it out is no sign the passage tells another thing.
 */
const unnamedDeed = (concept: Concept, named: (c: Concept) => boolean): boolean => concept.deed === true && !named(concept);

/** Particles of a name ("Al-Qattan" is analysed `al qattan`): every family name has them. */
const NOT_A_NAME = new Set(['al', 'el', 'bin', 'ال', 'بن']);

/** How well a passage's best sentence answers a typed question (see gradeLinkedFact): the topics and places it can write, the first topic being what "how many" counts. */
function gradeOf(hit: PassageHit, topics: readonly Concept[], places: readonly Concept[], type: AnswerType, m: ReturnType<typeof matcher>, concepts: Concepts): number {
  const { total } = concepts;
  if (topics.some(m.otherSense)) return 0;
  // What "how many" counts: its first topic, or, for people counted without a role, a count itself (weighing nothing).
  const first = concepts.peopleCounted ? undefined : topics[0];
  const held = [...topics, ...places].map((c) => ({ weight: weightOf(c, total), at: (tokens: readonly string[]) => positionsOf(tokens, c, m.asked), lent: m.lent(c), counted: c === first, scene: c.place || c.entity }));
  const people = concepts.peopleCounted ? [{ weight: 0, at: countPositions, lent: false, counted: true, scene: true }] : [];
  return gradeLinkedFact(hit.text, type, [...held, ...people], concepts.speakerAsked ?? false, concepts.kindNamed !== true);
}
