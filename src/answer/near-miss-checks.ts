import type { AnswerType } from './answer-type.js';
import { arabicCountedWord, asksNumberOf, countedWord, countsAskedThing } from './counts-asked-thing.js';
import { asksPartOf } from './asks-part-of.js';
import { figuresAsked, missesFigureAsked } from './misses-figure-asked.js';
import { asksAddition, missesAdditionAsked, namesConcept } from './misses-addition-asked.js';
import { analyseText } from '../text/analyse-text.js';
import { missesBeingAsked, offersAlternatives, offersTwoThings } from './misses-being-asked.js';
import { asksWhether, asksWhetherItWill, asksWhetherThereIs } from './asks-whether.js';
import { HOME } from './judge-relevance.js';
import { asksFine, missesFineAsked } from './misses-fine-asked.js';
import { homesAsked, missesHomeAsked } from './misses-home-asked.js';
import { missesHoursAsked } from './misses-hours-asked.js';
import { measureAsked, missesMeasureAsked } from './misses-measure-asked.js';
import { asksPrior, tellsPrior } from './misses-prior-asked.js';
import { lastPeriodAsked, missesLastPeriod } from './misses-last-period.js';
import { missesRateAsked } from './misses-rate-asked.js';
import { tellsOtherMedal } from './tells-other-medal.js';
import { tellsOtherEvent } from './tells-other-event.js';
import { tellsOtherLevel } from './tells-other-level.js';
import { tellsOtherPhase } from './tells-other-phase.js';
import { tellsOtherSeason } from './tells-other-season.js';
import { asksFinal, asksLastStage, asksResult, tellsEarlierStage } from './tells-other-stage.js';
import { tellsSideNotAsked } from './tells-other-side.js';
import { missesNameAsked, nameAsked } from './misses-name-asked.js';
import { kindNameAsked, missesKindNameAsked } from './misses-kind-name-asked.js';
import { kindAsked, missesKindAsked } from './misses-kind-asked.js';
import { missesThingNameAsked, thingNameAsked } from './misses-thing-name-asked.js';
import { missesWhichAsked, whichAsked } from './misses-which-asked.js';
import { missesRoleAsked, roleAsked } from './misses-role-asked.js';
import { missesNextAsked, nextThingAsked } from './misses-next-asked.js';
import { fateThingAsked } from './fate-thing-asked.js';
import { asksWinner, missesWinnerAsked } from './misses-winner-asked.js';
import { asksLaterPlace, missesPlaceAsked } from './misses-place-asked.js';
import { groupAsked, missesGroupAsked } from './misses-group-asked.js';
import { missesWholeCount, wholeCountryAsked } from './misses-whole-count-asked.js';
import { missesPartyAsked, partyAsked } from './misses-party-asked.js';
import { beforeReportedClause } from './before-reported-clause.js';
import { asksSpeaker } from './names-doer.js';
import { asksExact, missesExactAsked } from './misses-exact-asked.js';
import { asksRank, tellsRank } from './misses-rank-asked.js';
import { missesMonthAsked, monthsAsked } from './misses-month-asked.js';
import { asksStill, asksUpToNow, tellsStill } from './misses-still-asked.js';
import { asksWhichSex, missesSexAsked, missesWhichSex } from './misses-sex-asked.js';
import { missesProfitAsked } from './tells-profit.js';
import { moneyKindAsked, tellsOtherMoney } from './tells-other-money.js';
import { asksAnotherTime, tellsOnlyReportDay } from './tells-only-report-day.js';
import { withoutReportFrame } from './without-report-frame.js';
import { listedForms, writableIn, writesAnyIn, type Concept, type Concepts } from './weigh-concepts.js';

/** A question as the near-miss checks read it: its words, the kind of fact it asks, its concepts weighed against the store. */
export interface AskedQuestion {
  question: string;
  type: AnswerType | null;
  concepts: Concepts;
}

/** A passage as the near-miss checks read it: its own text, its dispatch's headline and paragraphs, and its story's other-language version ('' when none was read), and what stands around it. */
export interface ToldPassage {
  text: string;
  told: readonly string[];
  parallel: string;
  /** the passage with what stands around it: its story's headline and lead, and the paragraph before */
  around: readonly string[];
  /** the day its dispatch was filed (YYYY-MM-DD), when known */
  date?: string;
}

/**
 * One near-miss check: given the question, the test a passage fails when it tells the same story but
 * another fact than the one asked (another phase, medal, season, period, …), or null when the question
 * gives the check nothing to test. Read once per question, then per passage.
 */
export type NearMissCheck = (asked: AskedQuestion) => ((passage: ToldPassage) => boolean) | null;

/** Asked one side of an occasion ("after Eid"), a dispatch telling only the other ("ahead of Eid"). */
const otherSide: NearMissCheck = ({ question, concepts }) => {
  const tells = tellsSideNotAsked(question, concepts);
  return ({ told }) => tells(told);
};

const otherPhase: NearMissCheck = ({ question, type }) => ({ told }) => tellsOtherPhase(question, type, told);
const otherMedal: NearMissCheck = ({ question }) => ({ told }) => tellsOtherMedal(question, told);
const otherSeason: NearMissCheck = ({ question }) => ({ told }) => tellsOtherSeason(question, told);
const rateMissed: NearMissCheck = ({ question, type }) => ({ text }) => missesRateAsked(question, type, text);
const hoursMissed: NearMissCheck = ({ question }) => ({ text }) => missesHoursAsked(question, text);
const profitMissed: NearMissCheck = ({ question }) => ({ text }) => missesProfitAsked(question, text);

/** Asked a length or a weight ("how deep", `كم وزن`), a passage with no unit of it (see missesMeasureAsked). */
const measureMissed: NearMissCheck = ({ question }) => {
  const measure = measureAsked(question);
  return measure === undefined ? null : ({ text }) => missesMeasureAsked(measure, text);
};

/** Asked when the next one is, when a thing began or when a thing to come will be, a passage dated only by the day it was filed (see tellsOnlyReportDay). */
const reportDayOnly: NearMissCheck = ({ question, type }) =>
  type === 'date' && asksAnotherTime(question) ? ({ text, date }) => date !== undefined && tellsOnlyReportDay(text, date) : null;

/** What a "how many" question counts (see countedThingAsked). */
export interface CountedThing {
  concept: Concept;
  /** the question's other words, one each: a figure right before one in Arabic copy counts that */
  others: ReadonlySet<string>;
  /** an Arabic `كم`: counted as the Arabic copy writes it */
  onlyIn?: 'ar';
  /** a bare Arabic `كم` and the thing, which may ask its money */
  moneyCounts?: true;
  /** a part of a group asked ("how many of the patients", see asksPartOf): a share of the group counts it */
  shareCounts?: true;
}

/** Asked how many of a thing, the thing counted: a critical concept of the question, one word. */
export function countedAsked(asked: AskedQuestion): Concept | undefined {
  return countedThingAsked(asked)?.concept;
}

/**
 * Asked how many of a thing, the thing counted (see countedAsked), the question's other words (a figure
 * right before one of them in Arabic copy counts that, not the thing asked: see countsAskedThing), and
 * the language of the passages it is looked for in: an Arabic `كم` counts a word as the Arabic copy
 * writes it (the English version may count the thing by a narrower name: "mangroves" for `شجرة`); a
 * question of money (a fine, a prize's value) counts no thing. A bare `كم` and the thing (`كم منحة`) may ask
 * its money: there an amount of money counts it (`moneyCounts`); `كم عدد` asks the number.
 */
export function countedThingAsked({ question, type, concepts }: AskedQuestion): CountedThing | undefined {
  if (type !== 'number') return undefined;
  const english = countedWord(question);
  const token = english ?? (concepts.money ? undefined : arabicCountedWord(question));
  // The head counted names its concept alone (`seat`) or ends one of its phrases ("exchange companies").
  const concept = concepts.list.find((c) => c.critical && c.group.some((phrase) => phrase.length === 1 && phrase[0] === token)) ?? concepts.list.find((c) => c.critical && c.group.some((phrase) => phrase.at(-1) === token));
  if (concept === undefined) return undefined;
  const others = new Set(concepts.list.filter((c) => c !== concept).flatMap((c) => c.group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string)));
  return { concept, others, ...(english === undefined ? { onlyIn: 'ar' as const, ...(asksNumberOf(question) ? {} : { moneyCounts: true as const }) } : {}), ...(asksPartOf(question) ? { shareCounts: true as const } : {}) };
}

/** Asked how many of a thing, a passage whose figures count something else. */
export const otherCounted: NearMissCheck = (asked) => {
  const counted = countedThingAsked(asked);
  return counted === undefined ? null : ({ text }) => !countsAskedThing(text, counted.concept, counted.others, false, counted.shareCounts);
};

/** Asked a thing by a figure ("the 102 kg class", "360 Mall"), a story that never writes it. */
const figureMissed: NearMissCheck = ({ question, concepts }) => {
  const figures = figuresAsked(concepts, question);
  return figures.size === 0 ? null : ({ told, parallel }) => missesFigureAsked(figures, [...told, parallel]);
};

/** Asked the women's (or the men's) event or team, a passage that with its story names no one of that sex. */
const sexMissed: NearMissCheck = ({ question }) => ({ around }) => missesSexAsked(question, around);

/** Asked which sex one is ("male or female", `ذكر ولا أنثى`), a passage that with its story tells no one's sex (see missesWhichSex). */
const whichSexMissed: NearMissCheck = ({ question }) => (asksWhichSex(question) ? ({ around }) => missesWhichSex(around) : null);

/** Asked where one belongs (a nationality, where one lives, a body's seat: `ما جنسية المريض`), a passage that tells none of it (see missesHomeAsked). */
const homeMissed: NearMissCheck = ({ question }) => {
  const homes = homesAsked(question);
  return homes.length === 0 ? null : ({ around }) => missesHomeAsked(homes, around);
};

/**
 * Asked a count or a person of one country (its medals, its scorer), a passage whose figures all stand by another country first.
 * Asked who said a thing, only a party named before the statement is the speaker's (see beforeReportedClause).
 */
const partyMissed: NearMissCheck = ({ question, type, concepts }) => {
  const owner = type === 'person' && asksSpeaker(question) ? beforeReportedClause(question) : question;
  const asked = type === 'number' || type === 'person' ? partyAsked(owner, concepts) : undefined;
  return asked === undefined ? null : ({ text }) => missesPartyAsked(asked, type, text);
};

/** Asked a person's name ("what's the boy's name"), a passage that ties no name to the noun asked (see missesNameAsked). */
const nameMissed: NearMissCheck = ({ question }) => {
  const asked = nameAsked(question);
  return asked === undefined ? null : ({ text }) => missesNameAsked(asked, text);
};

/**
 * Asked who holds a part ("who coaches the team", `اسم صاحب السلوقي`), a passage whose dispatch, nor its story's other
 * version, ties no name to it (see missesRoleAsked). The dispatch, not the passage: its lead stands for a story whose
 * next paragraph names the scorer; the other version too, as the English copy may leave out the scorer its Arabic names.
 */
const roleMissed: NearMissCheck = ({ question }) => {
  const role = roleAsked(question);
  return role === undefined ? null : ({ told, parallel }) => missesRoleAsked(role, [...told, parallel].join('\n'));
};

/**
 * Asked which one of a kind of named thing ("which company won the contract", `أي جامعة`), a passage whose dispatch names none
 * of that kind (see missesKindNameAsked). The dispatch, not the passage: its lead may stand for a story whose next paragraph
 * names the one asked; the story's other version is not read, since a name it gives the passage's copy left out is not cited.
 */
const kindNameMissed: NearMissCheck = ({ question, type }) => {
  // "Where do I find the shops' names" asks a place, not which shop.
  const kind = type === null || type === 'person' ? kindNameAsked(question) : undefined;
  return kind === undefined ? null : ({ told }) => missesKindNameAsked(kind, told.join('\n'));
};

/**
 * Asked a thing's colour, kind or brand ("what kind of jerboa", `شنو لونها`), a story that writes no colour or names the
 * thing only bare, with no word that sorts it (see missesKindAsked). The story, not the passage: its lead may name the
 * thing bare where its next paragraph, or its other version, sorts it.
 */
const kindMissed: NearMissCheck = ({ question, concepts }) => {
  const asked = kindAsked(question);
  return asked === undefined ? null : ({ told, parallel }) => missesKindAsked(asked, question, concepts, [...told, parallel]);
};

/**
 * Asked the name of a thing no closed class above holds ("the name of the tower", `اسم الفرقة`), a dispatch that gives no
 * name (see missesThingNameAsked). The dispatch, not the passage, as for the kinds of named things.
 */
const thingNameMissed: NearMissCheck = ({ question, concepts }) => {
  const thing = nameAsked(question) === undefined && kindNameAsked(question) === undefined ? thingNameAsked(question, concepts) : undefined;
  return thing === undefined ? null : ({ told }) => missesThingNameAsked(thing, told);
};

/**
 * Asked which one of any thing, in a question of no other kind ("which government office used it", `أي دائرة حكومية`), a
 * story that writes the thing only bare, with no name or list of the ones meant (see missesWhichAsked). Not where a check
 * above reads the question: a closed kind of named thing, a sort, a person's or a thing's name.
 */
const whichMissed: NearMissCheck = ({ question, type, concepts }) => {
  if (type !== null || kindNameAsked(question) !== undefined || kindAsked(question) !== undefined || nameAsked(question) !== undefined || thingNameAsked(question, concepts) !== undefined) return null;
  const thing = whichAsked(question, concepts);
  return thing === undefined ? null : ({ told, parallel }) => missesWhichAsked(thing, [...told, parallel]);
};

/** Asked a value from before ("the old record", `المسح السابق`), a story that tells nothing from before its own (asked once per question; see missesPriorAsked). */
const priorMissed: NearMissCheck = ({ question }) => (asksPrior(question) ? ({ told, parallel, date }) => !tellsPrior([...told, parallel], date) : null);

/** Asked a period of the year as the last one ("last summer", "last january", `الشتا اللي طاف`), a dispatch filed within it whose story tells nothing of a year before (see missesLastPeriod). */
const lastPeriodMissed: NearMissCheck = ({ question }) => {
  const months = lastPeriodAsked(question);
  return months === undefined ? null : ({ told, parallel, date }) => missesLastPeriod(months, date, [...told, parallel]);
};

/** Asked what is to come of a thing (read by `thingAsked`), a passage that tells nothing to come of it (see missesNextAsked). */
const comingMissed =
  (thingAsked: (question: string) => string[] | undefined): NearMissCheck =>
  ({ question, concepts }) => {
    const thing = thingAsked(question);
    return thing === undefined ? null : ({ text }) => missesNextAsked(thing, concepts.list, text);
  };

/** Asked the next instance of a thing ("where is the next Gulf championship", `البطولة الجاية`), a passage that tells nothing to come of it. */
const nextMissed = comingMissed(nextThingAsked);

/**
 * Asked what will become of a thing ("what will happen to the seized birds", `شبيسوون فيها`), a passage that tells nothing to
 * come of it: what is to come, in a clause naming the thing, is its fate (see fateThingAsked, missesNextAsked).
 */
const fateMissed = comingMissed(fateThingAsked);

/** Asked which one ranks first ("which hospital had the most", `أصغر طفل`), a story that ranks nothing (see tellsRank). */
const rankMissed: NearMissCheck = ({ question }) => (asksRank(question) ? ({ told, parallel }) => !tellsRank([...told, parallel]) : null);

/** Asked a figure exactly (`كم الغرامة بالضبط`), a passage telling it only as an estimate or a bound (see missesExactAsked). */
const exactMissed: NearMissCheck = ({ question, type, concepts }) =>
  (type === 'number' || concepts.money) && asksExact(question) ? ({ text }) => missesExactAsked(text, concepts.money ?? false) : null;

/** Asked a month ("cases in August", "in July only"), a story whose figures are of another month or of a longer span (see missesMonthAsked). */
const monthMissed: NearMissCheck = ({ question }) => {
  const asked = monthsAsked(question);
  return asked === undefined ? null : ({ told, parallel }) => missesMonthAsked(asked, [...told, parallel]);
};

/**
 * Asked how many are still so ("still in hospital", `ما زال`), a story telling nothing of now (see tellsStill). Read on the
 * asking without its report frame: "still on yesterday's dispatch: how much …" follows up a report, it asks nothing still so.
 */
const stillMissed: NearMissCheck = ({ question, type }) => {
  const asking = withoutReportFrame(question);
  if (type !== 'number' || !asksStill(asking)) return null;
  const upToNow = asksUpToNow(asking);
  return ({ told, parallel }) => !tellsStill([...told, parallel], upToNow);
};

/** Asked the amount of a fine ("what's the fine for", `كم الغرامة`), a passage telling no fine with an amount of money (see missesFineAsked). */
const fineMissed: NearMissCheck = ({ question }) => (asksFine(question) ? ({ text }) => missesFineAsked(text) : null);

/** Asked one kind of money (what a thing costs, a prize, a fine), a passage whose every amount is of another kind (see tellsOtherMoney). */
const otherMoney: NearMissCheck = ({ question, concepts }) => {
  const kind = concepts.money ? moneyKindAsked(question) : undefined;
  if (kind === undefined) return null;
  const topics = concepts.list.filter((c) => c.critical && !c.asking && !c.place);
  const namesAsked = (clause: string) => {
    const tokens = analyseText(clause);
    return topics.some((c) => namesConcept(tokens, c));
  };
  return ({ text }) => tellsOtherMoney(kind, text, namesAsked);
};

/** Asked whether the story's thing holds for one more ("in Jahra too", `بعد`), a story that names not every topic asked (see missesAdditionAsked). */
const additionMissed: NearMissCheck = ({ question, concepts }) => (asksAddition(question) ? ({ told, parallel }) => missesAdditionAsked(concepts, [...told, parallel]) : null);

/**
 * Asked whether a thing will happen ("will the week move to other governorates?", `بيمددون الموسم؟`), a story that
 * names not every topic, place and unheld word of the question: it tells what was decided, not whether the thing
 * asked will be (see asksWhetherItWill, missesAdditionAsked). The wire's own country (see HOME) is the scene, which
 * a forecast for "Kuwait" need not write. An English word no dispatch holds is mostly a form the stemmer does not take
 * back to the stored one ("paid" for "pay"), not a thing the story leaves out; an Arabic one was already looked for
 * by the stems the store holds (see normaliseQuestion), so what it names is not told. Not where the question offers one
 * thing to come or another (`بيرجع للمزرعة ولا بينقلونه؟`; not its tag `ولا لا`, "or not": see offersTwoThings): the story
 * names the one decided, not the other.
 */
const whetherMissed: NearMissCheck = ({ question, type, concepts }) => {
  if (type !== null || !asksWhetherItWill(question) || offersTwoThings(question)) return null;
  const asked = whetherTopics(concepts);
  return ({ told, parallel }) => missesAdditionAsked(asked, [...told, parallel]);
};

/**
 * The topics a whether-question's story must name (see whetherMissed): the question's concepts, less the wire's own
 * country and any English word no dispatch holds.
 */
const whetherTopics = (concepts: Concepts): Concepts => ({
  ...concepts,
  list: concepts.list.filter((c) => !(c.place && c.documents >= HOME * concepts.total) && !(c.documents === 0 && c.group.flat().every((token) => /^[a-z0-9]+$/.test(token)))),
});

/**
 * Asked whether a thing is there ("is there parking at the tent?", `فيه بطولة بين المدارس؟`), a story that names not every
 * topic and place of the question (see missesBeingAsked): it names the occasion, not the thing's being there. Not where the
 * question offers one thing or another (`دوام ولا عطلة؟`): the story names the one that holds.
 */
const thereIsMissed: NearMissCheck = ({ question, type, concepts }) => {
  if (type !== null || asksWhetherItWill(question) || !asksWhetherThereIs(question) || offersAlternatives(question)) return null;
  const asked = whetherTopics(concepts);
  return ({ told, parallel }) => missesBeingAsked(asked, [...told, parallel]);
};

/**
 * Asked in English whether a thing was or is so, in a yes-or-no question of no other shape ("did the chair win a prize in
 * Doha?"), a story that names not every place and firmly bridged topic of the question (see firmTopics, missesBeingAsked):
 * it tells the occasion, not whether the thing asked happened. Not where the question names the report it follows up (its
 * frame's words are no topic), nor a question of what is to come, of a thing's being there or offering alternatives (the
 * checks above, or none). Not an Arabic question: the analyser folds an unvowelled word onto another's stem (`رسومات`,
 * "drawings", onto `رسوم`, "fees"; `آثار`, "scars", read as "antiquities"), so the forms it is looked for by may be another
 * word's, and a story telling the thing asked in the other language's copy would be missed.
 */
const whetherSoMissed: NearMissCheck = ({ question, type, concepts }) => {
  if (type !== null || !LATIN_OPENING.test(question) || withoutReportFrame(question) !== question || !asksWhether(question) || asksWhetherItWill(question) || asksWhetherThereIs(question) || offersAlternatives(question)) return null;
  const asked = { ...concepts, list: firmTopics(whetherTopics(concepts)) };
  return asked.list.length === 0 ? null : ({ told, parallel }) => missesBeingAsked(asked, [...told, parallel]);
};

/** A question opening in Latin letters, past any space or punctuation: it is asked in English. */
const LATIN_OPENING = /^[\s\p{P}]*[a-z]/iu;

/**
 * The topics a story must name for an English yes-or-no question of the past or the present (see whetherSoMissed): the
 * places the store holds, and the critical topics (not the asker's own phrasing) that a list gives forms in both languages
 * and at least two in English (a word and its synonyms: "prize", "award"). A word standing alone is bridged to the other
 * language by one sense only ("sign" as `توقيع`, signing), so a story in that language leaves it out where it tells the
 * thing in its own word (`ملصق`, a sticker).
 */
function firmTopics(concepts: Concepts): Concept[] {
  return concepts.list.filter((c) => {
    if (c.documents === 0) return false;
    if (c.place) return true;
    const forms = listedForms(c);
    return c.critical && !c.asking && writesAnyIn(forms, 'ar') && forms.filter((phrase) => writableIn(phrase, 'en')).length >= 2;
  });
}

/** Asked how many of a group (`كم طالب من كلية الطب`), a passage whose figures stand by no name of the group (see missesGroupAsked). */
const groupMissed: NearMissCheck = ({ question, type, concepts }) => {
  const group = type === 'number' ? groupAsked(question, concepts) : undefined;
  return group === undefined ? null : ({ text }) => missesGroupAsked(group, text);
};

/** Asked how many in the whole country (`كم جربوع بالكويت كلها`), a passage whose figures count one part of it (see missesWholeCount). */
const wholeCountMissed: NearMissCheck = ({ question, type }) => {
  const country = type === 'number' ? wholeCountryAsked(question) : undefined;
  return country === undefined ? null : ({ text }) => missesWholeCount(country, text);
};

/**
 * Asked who won ("who won the goalball final", `منو فاز`), a passage whose dispatch, nor its story's other version, tells
 * any result (see missesWinnerAsked): it announces the event, its schedule or its entrants, before the result is out.
 */
const winnerMissed: NearMissCheck = ({ question }) => (asksWinner(question) ? ({ told, parallel }) => missesWinnerAsked([...told, parallel]) : null);

/**
 * Asked who came in a place after the first ("who came second", `منو جا الثاني`), a passage whose dispatch, nor its story's
 * other version, tells anyone's place after the first (see missesPlaceAsked): it tells who won, not who followed.
 */
const placeMissed: NearMissCheck = ({ question }) => (asksLaterPlace(question) ? ({ told, parallel }) => missesPlaceAsked([...told, parallel]) : null);

/** Asked one event of a contest (the singles, the team event, the vault), a passage telling only others (see tellsOtherEvent). */
const otherEvent: NearMissCheck = ({ question }) => ({ around }) => tellsOtherEvent(question, around);

/** Asked a national contest or a regional one (the national championship, the Asian one), a passage telling only the other (see tellsOtherLevel). */
const otherLevel: NearMissCheck = ({ question }) => ({ around }) => tellsOtherLevel(question, around);

/**
 * Asked who won a contest's final, title or the contest itself (`منو فاز بالبطولة`), or the score of its final ("what was the score in the final"), a
 * passage telling only an earlier stage: a semi-final, an opening game, the final still to come (see tellsEarlierStage).
 */
const earlierStage: NearMissCheck = ({ question }) =>
  (asksWinner(question) && asksLastStage(question)) || (asksResult(question) && asksFinal(question)) ? ({ around }) => tellsEarlierStage(around) : null;

/** Every near-miss check, in the order they are tried. Add a check here. */
export const NEAR_MISS_CHECKS: readonly NearMissCheck[] = [otherSide, otherPhase, otherMedal, otherSeason, rateMissed, hoursMissed, measureMissed, profitMissed, reportDayOnly, otherCounted, figureMissed, sexMissed, whichSexMissed, homeMissed, partyMissed, nameMissed, roleMissed, kindNameMissed, kindMissed, thingNameMissed, whichMissed, priorMissed, lastPeriodMissed, rankMissed, exactMissed, monthMissed, stillMissed, fineMissed, otherMoney, additionMissed, groupMissed, wholeCountMissed, nextMissed, fateMissed, whetherMissed, thereIsMissed, whetherSoMissed, winnerMissed, placeMissed, otherEvent, otherLevel, earlierStage];

/** Whether a passage is a near miss of the question by any of `checks` (NEAR_MISS_CHECKS by default). */
export function nearMissOf(asked: AskedQuestion, checks: readonly NearMissCheck[] = NEAR_MISS_CHECKS): (passage: ToldPassage) => boolean {
  const tests = checks.flatMap((check) => check(asked) ?? []);
  return (passage) => tests.some((test) => test(passage));
}
