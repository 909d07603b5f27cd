import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { scriptCounts } from '../text/detect-language.js';
import { judgedByDictionary } from './judged-by-dictionary.js';
import { namedThroughDictionary } from './named-through-dictionary.js';
import type { BilingualDictionary } from '../text/bilingual-dictionary.js';
import { type ExpandedQuery, expandQuery } from '../text/expand-query.js';
import { normaliseQuestion } from '../text/normalise-question.js';
import { loadInducedLexicon } from '../search/load-induced-lexicon.js';
import { addUnlinkedVersions } from '../search/add-unlinked-versions.js';
import { addStoryFollowUps } from '../search/add-story-follow-ups.js';
import { loadNameVocabulary } from '../search/load-name-vocabulary.js';
import { localTime } from '../scheduler/local-time.js';
import { shiftDate } from '../shift-date.js';
import { addStoriesInRange } from './add-stories-in-range.js';
import { addStoryVersions } from './add-story-versions.js';
import { addParallelParagraphs, parallelsBeside } from './add-parallel-paragraphs.js';
import { answerTypeOf } from './answer-type.js';
import { tellsAge } from './asks-age.js';
import { conditionAsked } from './asks-condition.js';
import { asksNow } from './asks-now.js';
import { countsAskedThing } from './counts-asked-thing.js';
import { spellArabicCounts } from './spell-arabic-counts.js';
import { conceptAskedOf, siblingThatCounts } from './sibling-that-counts.js';
import { tellsMoney } from './tells-money.js';
import { asksPriceNotCount } from './asks-price-not-count.js';
import { factInOtherVersion } from './fact-in-other-version.js';
import { judgedWithoutMissing, missingIn } from './missing-in-language.js';
import { waivableMissingWord } from './waivable-missing-word.js';
import { tellsFigureAskedOnlyHere } from './figure-asked-only-here.js';
import { questionFigures } from './figure-telling-first.js';
import { countsOnlyOtherListed } from './counts-only-other-listed.js';
import { figuresOnlyHere } from './figures-only-here.js';
import { toldInOneLanguage } from './told-in-one-language.js';
import { addOtherVersionFact } from './add-other-version-fact.js';
import { findOrdinalsAndYears } from './find-ordinals-and-years.js';
import { type Concepts, conceptsNamed, namesEveryWritableTopic, isOnTopic, isRelevant, isRelevantThroughStory, needsBridge, type Setting, tellsAnotherInstance, unwritableTopics, weighConcepts } from './judge-relevance.js';
import { judgedLikeOtherVersion } from './judged-like-other-version.js';
import { conceptsJudging } from './concepts-judging.js';
import { englishVersionCounts } from './english-version-counts.js';
import { newestNamingAllFirst, newestStoryFirst } from './lead-with-newest-story.js';
import { countedThingAsked, NEAR_MISS_CHECKS, nearMissOf, otherCounted } from './near-miss-checks.js';
import { relevantStoriesFirst } from './relevant-stories-first.js';
import { periodEndingOnDay } from './period-ending-on-day.js';
import { storiesNamingAllFirst } from './stories-naming-all-first.js';
import { storiesTogether } from './stories-together.js';
import { withStoryDayAsked } from './story-day-asked.js';
import { otherVersionParagraph } from './other-version-paragraph.js';
import { otherVersions, otherVersionText } from './other-version-text.js';
import { countsUnlisted } from './counted-nouns.js';
import { countedJudgedIn } from './counted-judged-in.js';
import { countsOtherInEnglish } from './counts-other-in-english.js';
import { listedForms, writableIn } from './weigh-concepts.js';
import { withoutLeadFrame } from './without-lead-frame.js';
import { withoutReportFrame } from './without-report-frame.js';
import { parseQuestionDates, reportsDay, tellsOfMonth } from './parse-question-dates.js';
import { tellsDayAsked } from './tells-day-asked.js';

/** Passages offered to the model: enough to answer, few enough to stay within a small prompt. */
const PASSAGES = 8;
const PASSAGE_CHARS = 6000;

export interface Retrieval {
  query: ExpandedQuery;
  /** passages that name enough of the question's concepts (see isRelevant) */
  relevant: PassageHit[];
  /** weaker hits: the closest stored topics, for a "not in the dispatches" answer */
  nearby: PassageHit[];
  /** the question asks for the newest: `relevant` is newest first and should stay so */
  latest: boolean;
  /**
   * the question names no time and its relevant passages come from stories filed on different days
   * (a story told again and again): `relevant` leads with the newest story and should stay so
   */
  newestStory: boolean;
  /**
   * Why nothing is relevant though the topic is stored: the question's words no dispatch holds, or
   * the kind of fact asked for that no passage on the topic gives. Empty when there is nothing to say.
   */
  missing: string[];
  /** the best passages on the topic when they do not answer the question: a partial answer's quotes */
  partial: PassageHit[];
  /** the relevant passages judged so on the question's own words (not only through the rewrite's) */
  ownWords: PassageHit[];
  /** the stored dispatches of the passages above, by id, as read to judge them */
  dispatches: ReadonlyMap<string, Dispatch>;
  /**
   * the relevant passages in the asker's language judged only on the words their story's other version was judged on (see
   * judgedLikeOtherVersion): quoted after that version's passages
   */
  throughOtherVersion?: PassageHit[];
  /** each parallel paragraph among the relevant passages by the reader's-language passage it tells again (see parallelsBeside): quoted beside it */
  parallels?: ReadonlyMap<PassageHit, PassageHit>;
  /** the day the question names (a weekday, or one day), as the wire dates a dispatch: each story's dispatch of that day is quoted first (see dayAskedFirst) */
  dayAsked?: string;
}

export interface RetrieveOptions {
  /** terms from the optional LLM rewrite */
  extraTerms?: string[];
  /** the asker's zone, for "today", "yesterday", "this week" (default Asia/Kuwait) */
  timeZone?: string;
  /** a general dictionary for the words no list or induced translation bridges (see expandQuery) */
  dictionary?: BilingualDictionary | null;
}

/**
 * Finds the passages a question can be answered from: expanded across languages, extra terms from
 * the optional rewrite, dates honoured in the asker's time zone ("on Feb 6", "yesterday", "this
 * week" filter; a bare weekday is preferred; "latest X" puts the newest passage relevant to X
 * first: the newest dispatch of X's story, even where grouping missed an update), and within a character budget. A question with a date or "latest" and no topic ("what
 * happened yesterday?", "ما آخر الأخبار") gets the newest dispatch of each story in that time.
 */
export async function retrievePassages(store: DispatchStore, question: string, now: Date, options: RetrieveOptions | string[] = {}): Promise<Retrieval> {
  const { extraTerms = [], timeZone, dictionary } = Array.isArray(options) ? { extraTerms: options } : options;
  const parsed = parseQuestionDates(question, now, timeZone);
  // Asked how someone is now, with no time named (`شلون حالته الحين`), the newest report on them answers: the latest is asked.
  // So is how a thing stands now ("when does the show close now", "so far", `الحين`), with no day named (see asksNow).
  const dates = !parsed.latest && !parsed.range && (conditionAsked(question) !== undefined || (!parsed.prefer && asksNow(question))) ? { ...parsed, latest: true } : parsed;
  const names = await loadNameVocabulary(store);
  const vocabulary = { names, induced: await loadInducedLexicon(store), ...(dictionary ? { dictionary } : {}) };
  // A lead-in naming the story ("the cable car story from November 16: how many …") is the asking's frame (see withoutLeadFrame).
  // So is a clause that only points at the report ("saw this today: …", "… (kuna, nov 24)": see withoutReportFrame).
  const rest = normaliseQuestion(withoutReportFrame(withoutLeadFrame(dates.rest)), names?.holds);
  // The general dictionary's translations find a story for any question, widen an Arabic word the question requires that no
  // dispatch holds (see DictionaryUse), and judge one asking who said a thing (see judgedByDictionary).
  const expanded = expandQuery(rest, vocabulary);
  // Without a rewrite (offline, the common case) the search's query is the question's own.
  const query = extraTerms.length > 0 ? expandQuery([rest, ...extraTerms].join(' '), vocabulary) : expanded;
  const total = await store.countDispatches();
  // The agencies whose copy is stored: a question naming one names its source, not a topic (see weighConcepts).
  const agencies = await store.listAgencies();
  const type = answerTypeOf(question);
  const base = withYearsAsked(weighConcepts(expanded, rest, names, total, type, judgedByDictionary(question) ? 'judges' : 'widens', agencies), question);
  // An English word the dictionary widened (see Concept.lentOnly) counts only for a passage that names its translation: the others are judged without it (see conceptsJudging).
  const unlent = base.list.some((c) => c.lentOnly) ? withYearsAsked(weighConcepts(expanded, rest, names, total, type, 'widensArabic', agencies), question) : base;
  // The question weighed with the dictionary judging every concept (see DictionaryUse): a passage in the other language naming a concept only
  // through the dictionary's translation of it is judged on it (see namedThroughDictionary), the translation bridging what no list does.
  const judgedByTranslation = judgedByDictionary(question) || vocabulary.dictionary === undefined ? base : withYearsAsked(weighConcepts(expanded, rest, names, total, type, 'judges', agencies), question);
  const namedByTranslation = judgedByTranslation === base ? null : namedThroughDictionary(judgedByTranslation);
  // The question's own words decide whether it names a topic: a rewrite of "what is the latest news?" may add words, not a topic.
  if (base.list.length === 0) {
    return dates.range || dates.latest || asksForNews(question)
      ? newestStories(store, query, now, dates.range ?? { until: shiftDate(now.toISOString().slice(0, 10), 1) })
      : { query, relevant: [], nearby: [], latest: false, newestStory: false, missing: [], partial: [], ownWords: [], dispatches: new Map() };
  }
  // The rewrite restates the question in both languages: a passage relevant to it is relevant too.
  const rewritten = extraTerms.length > 0 ? weighConcepts(expandQuery(extraTerms.join(' '), vocabulary), extraTerms.join(' '), names, total, type, 'judges', agencies) : null;
  // The rewrite's terms bridge languages: they judge only passages in the other language, and only
  // where the question's own words cannot reach it (a topic the lexicon has no form for there).
  const questionLang = answerLanguage(question);
  const range = dates.range ? { since: dates.range.since, until: dates.range.until } : {};
  const filed = await store.searchPassages(query, { limit: PASSAGES * 3, ...range });
  const anyTime = dates.range ? await store.searchPassages(query, { limit: PASSAGES * 3 }) : [];
  // One day asked, named or relative ("on 20 March", "today", "أمس"): passages filed another day that report it join.
  const oneDay = dates.range !== undefined && dates.range.since === dates.range.until;
  // A past day asked without its date ("yesterday") asks what happened: the wire reported it by then, and what was announced for it before is a plan.
  const today = localTime(now, timeZone ?? 'Asia/Kuwait').date;
  const since = dates.range && !dates.named && dates.range.since < today ? dates.range.since : '';
  const named = oneDay && dates.range ? withNamedDay(anyTime, filed, dates.range.since, { since, until: today }) : filed;
  const bridged = dates.range ? await addStoriesInRange(store, named, anyTime, dates.range) : { hits: named, read: [] };
  const searched = bridged.hits;
  // The best stories' versions in the other language: the fact asked may be only there, out of the question's
  // words' reach; and for "the latest", the story's newest dispatch may be the other language's. A preferred
  // day's passages stay first.
  const stored = await addStoryVersions(store, order(searched, dates.prefer), questionLang === 'ar' ? 'en' : 'ar', dates.range);
  // A story the store holds in one language only may be told in the other all the same, ungrouped.
  const unlinked = await addUnlinkedVersions(store, stored.hits, dates.range);
  // The best story's follow-up in the other language, filed under another story days later.
  const versions = { ...unlinked, hits: await addStoryFollowUps(store, unlinked.hits, questionLang === 'ar' ? 'en' : 'ar', names, dates.range) };
  const dispatches = new Map([...bridged.read, ...stored.read, ...versions.read].map((d) => [d.id, d]));
  // A story's version filed outside the days asked that the search found in any time is read too: its
  // parallel text bridges the question's words to the story's dispatch of those days in the other language.
  const stories = new Set(versions.hits.map((h) => h.storyId));
  const unread = [...new Set([...versions.hits, ...anyTime.filter((h) => stories.has(h.storyId))].map((h) => h.dispatchId))].filter((id) => !dispatches.has(id));
  for (const d of await store.getDispatches(unread)) dispatches.set(d.id, d);
  placeInHitStories(dispatches, versions.hits);
  const filedAt = (id: string) => dispatches.get(id)?.ingestedAt ?? '';
  // "The latest" is the newest at the time of asking: nothing filed after it.
  const asked = now.toISOString();
  const hits = order(dates.latest ? versions.hits.filter((h) => filedAt(h.dispatchId) <= asked) : versions.hits, dates.prefer);
  const settingOf = settings(dispatches);
  const relevant: PassageHit[] = [];
  const ownWords: PassageHit[] = [];
  const nearby: PassageHit[] = [];
  let chars = 0;
  const dated = dates.range !== undefined;
  // The same story telling another fact than the one asked (another phase, medal, season, …) is a near miss.
  const askedQuestion = { question, type, concepts: base };
  // Every check but the thing counted, then the thing counted apart: for the fact told only in the story's
  // other version it vetoes a passage only where its language can write it. Each check runs once a passage.
  const nearMissBesidesCount = nearMissOf(askedQuestion, NEAR_MISS_CHECKS.filter((check) => check !== otherCounted));
  const countedThing = countedThingAsked(askedQuestion);
  const counted = countedThing?.concept;
  const onlyHere = figuresOnlyHere(dispatches);
  // The figures the question quotes (see tellsFigureAskedOnlyHere), read once for every passage.
  const quotedFigures = questionFigures(dates.rest);
  // A story the store read in one language only: the asker's word for what it tells had no copy to be written in (see judgedWithoutMissing).
  const oneLanguage = toldInOneLanguage(dispatches);
  // The story's other-language dispatches filed the same day as a passage's: its translation, not a later or earlier filing.
  const versionsOf = otherVersions(dispatches);
  const sameDayVersion = (hit: PassageHit) => {
    const day = filedAt(hit.dispatchId).slice(0, 10);
    return versionsOf(hit.storyId, hit.lang).filter((d) => d.ingestedAt.slice(0, 10) === day).map((d) => [d.headline, ...d.paragraphs].join('\n')).join('\n');
  };
  // The question's one word no dispatch holds, which a passage in the other language may leave out (see waivableMissingWord).
  const waivable = waivableMissingWord(rest, base, type);
  const judgedOnWords = hits.map((hit) => {
    const setting = settingOf(hit);
    const passage = { text: hit.text, told: [hit.headline, hit.text, ...(dispatches.get(hit.dispatchId)?.paragraphs ?? [])], parallel: setting.parallel ?? '', around: [hit.text, setting.story ?? '', setting.previous?.text ?? ''], date: hit.date };
    const besidesCount = nearMissBesidesCount(passage);
    const countsOther = countedThing !== undefined && (countedThing.onlyIn ?? hit.lang) === hit.lang && !countsAskedThing(hit.text, countedThing.concept, countedThing.others, false, countedThing.shareCounts);
    // Asked an Arabic `كم`, an English passage that counts only other things the lists know is a near miss too.
    const otherInEnglish = countsOtherInEnglish(countedThing, hit, names);
    const countsOtherWritable = (countsOther || otherInEnglish) && counted !== undefined && listedForms(counted).some((phrase) => writableIn(phrase, hit.lang));
    // A thing counted that no dispatch holds is vetoed only where the passage's language can write it (see judgedWithoutMissing).
    // A thing counted the passage's language has no form for is judged there only by figures of things the lists know, or by its same-day version (see countedJudgedIn).
    const countsOtherHere = countsOther && countedJudgedIn(countedThing, hit, questionLang, sameDayVersion(hit), names);
    const concepts = namedByTranslation !== null && hit.lang !== questionLang && namedByTranslation(hit, setting) ? judgedByTranslation : conceptsJudging(hit, setting, base, unlent);
    const another = besidesCount || (concepts.missing.length === 0 ? countsOtherHere || otherInEnglish : countsOtherWritable);
    // The thing counted named by its Arabic dual or broken plural (`بميداليتين` asked `كم ميدالية`) is judged as its singular (see spellArabicCounts).
    const judgedHit = counted === undefined ? hit : { ...hit, text: spellArabicCounts(hit.text, counted) };
    const own = !another && judgedWithoutMissing(concepts, type, hit.lang, () => onlyHere(hit), () => oneLanguage(hit), () => waivable && hit.lang !== questionLang && namesEveryWritableTopic(hit, setting, concepts)) && (isRelevant(judgedHit, setting, concepts, dated, type) || tellsDayAsked(hit, setting, concepts, type, oneDay ? dates.range?.since : undefined));
    // A figure the asker quotes that only this other-language passage tells, its asker's-language version leaving it out: the passage on the topic tells the fact (see tellsFigureAskedOnlyHere).
    const figureOnlyHere = !own && !another && type !== null && hit.lang !== questionLang && missingIn(concepts, hit.lang).length === 0 && tellsFigureAskedOnlyHere(quotedFigures, hit.text, sameDayVersion(hit)) && isOnTopic(hit, setting, concepts) && !tellsAnotherInstance(hit, setting, concepts);
    const speaks = own || figureOnlyHere || (!another && rewritten !== null && hit.lang !== questionLang && needsBridge(concepts, hit.lang) && concepts.missing.length === 0 && rewritten.missing.length === 0 && isRelevant(hit, setting, rewritten, dated, type));
    // A count asked by a word the passage's language cannot write, of a passage counting only things the asker's language names otherwise: not the count asked.
    const countsOnlyOther = countsOnlyOtherListed(countedThing, hit, questionLang, names);
    return { hit, own, speaks, another, untold: !(besidesCount || countsOtherWritable || countsOnlyOther) };
  });
  // A story answering only through its other version: its asker's version judged on the words that version was judged on.
  const judged = judgedLikeOtherVersion(judgedOnWords, questionLang, (hit) => unwritableTopics(hit, settingOf(hit), base), (hit, waived) => {
    const list = base.list.filter((c) => !waived.includes(c));
    return list.some((c) => c.critical && c.documents > 0) && isRelevant(hit, settingOf(hit), { ...base, list }, dated, type);
  });
  // "The latest" on a story that answers: its newest dispatch in each language tells the news to either
  // reader, its lead relevant even where it no longer repeats the question's words (the evening round-up of
  // the day's rain, the other language's version of the morning's fog warning).
  const answering = new Set(dates.latest ? judged.filter((j) => j.speaks).map((j) => j.hit.storyId) : []);
  const newestOf = new Map<string, string>();
  for (const { hit } of judged) {
    const key = `${hit.storyId}\u0000${hit.lang}`;
    const newest = newestOf.get(key);
    if (answering.has(hit.storyId) && (newest === undefined || filedAt(hit.dispatchId) > filedAt(newest))) newestOf.set(key, hit.dispatchId);
  }
  const spoken = judged.map(({ hit, own, speaks: answers }) => {
    // A month named without a day is the time of the fact: a passage filed later that names no month, in its words or its story's first, tells of another.
    const inMonth = dates.month === undefined || tellsOfMonth(hit.text, hit.date, dates.month, hit.paragraph > 0 ? settingOf(hit).story : '', dates.monthYear);
    return { hit, own, speaks: inMonth && (answers || (hit.paragraph === 0 && newestOf.get(`${hit.storyId}\u0000${hit.lang}`) === hit.dispatchId)) };
  });
  // "The latest" orders by time only the passages that answer: the others keep the search's order, the best first, for a partial answer.
  const namedBy = (hit: PassageHit) => conceptsNamed(hit, settingOf(hit), base);
  const latestFirst = (answers: PassageHit[]) => order(newestNamingAllFirst(answers, filedAt, namedBy), dates.prefer);
  const answeringFirst = dates.latest ? latestAnswersFirst(spoken, latestFirst) : spoken;
  for (const { hit, own, speaks } of answeringFirst) {
    if (speaks && relevant.length < PASSAGES && chars + hit.text.length <= PASSAGE_CHARS) {
      relevant.push(hit);
      if (own) ownWords.push(hit);
      chars += hit.text.length;
    } else {
      nearby.push(hit);
    }
  }
  // A day asked names the story's dispatch the asker saw: it joins the story's passages (see withStoryDayAsked).
  const dayAsked = dates.prefer ?? (oneDay ? dates.range?.since : undefined);
  if (dayAsked !== undefined && relevant.length > 0) {
    const vetoed = new Set(judged.filter((j) => j.another).map((j) => j.hit));
    const withDay = withStoryDayAsked(relevant, nearby.filter((hit) => !vetoed.has(hit)), dayAsked);
    const joined = new Set(withDay.filter((hit) => !relevant.includes(hit)));
    relevant.splice(0, relevant.length, ...withDay);
    nearby.splice(0, nearby.length, ...nearby.filter((hit) => !joined.has(hit)));
  }
  // No time named ("how did the Boursa close?"): of a story the wire tells again and again, the newest is meant.
  // A story's passages together, its best first (not for "the latest": it orders by time).
  // A period named by the day it ends on ("the week to Thursday"): the story that names the period leads the day's own (see storiesNamingAllFirst).
  const period = periodEndingOnDay(question);
  const periodAsked = base.list.filter((c) => c.critical && c.documents > 0 && c.group.some((phrase) => phrase.length === 1 && period.includes(phrase[0] as string)));
  const together = dates.latest ? relevant : storiesNamingAllFirst(storiesTogether(relevant), periodAsked, namedBy);
  const newestFirst = !dates.range && !dates.latest && !dates.prefer ? newestStoryFirst(together, namedBy) : null;
  if (relevant.length > 0) {
    // Asked how many, a passage telling only money counts nothing: its story's sibling paragraph that counts answers instead.
    const untoldHere = new Set(judged.filter((j) => j.untold).map((j) => j.hit));
    const askedOf = type === 'number' && !base.money && !base.age && !asksPriceNotCount(question) ? conceptAskedOf(question, base.list) : undefined;
    const sibling = askedOf
      ? siblingThatCounts(newestFirst ?? together, nearby, askedOf, (hit) => untoldHere.has(hit))
      : { relevant: newestFirst ?? together, joined: [] };
    // A figure asked that only the story's other version tells is quoted beside the answer's own version.
    // Asked how old, only an age is the fact (see asksAge).
    // Each passage in the reader's language brings its parallel paragraph in the story's other version (see addParallelParagraphs).
    const candidates = nearby.filter((hit) => !sibling.joined.includes(hit) && (!base.age || tellsAge(hit.text)));
    const answered = addParallelParagraphs(addOtherVersionFact(sibling.relevant, candidates, type, onlyHere), candidates, questionLang);
    const others = nearby.filter((hit) => !sibling.joined.includes(hit) && !answered.includes(hit));
    const throughOtherVersion = judged.filter((j) => j.throughOtherVersion && answered.includes(j.hit)).map((j) => j.hit);
    return { query, relevant: answered, nearby: relevantStoriesFirst(others, answered), latest: dates.latest, newestStory: newestFirst !== null, missing: [], partial: [], ownWords: [...ownWords, ...sibling.joined], dispatches, throughOtherVersion, parallels: parallelsBeside(sibling.relevant, answered), ...(dayAsked ? { dayAsked } : {}) };
  }
  // On the topic but not answering: what is missing, and the passages that come closest.
  const onTopic = nearby.filter((hit) => isOnTopic(hit, settingOf(hit), base));
  const untold = new Set(judged.filter((j) => j.untold).map((j) => j.hit));
  // An Arabic `كم` is judged on the Arabic copy's words: the English version that counts the thing asked tells it too.
  const countsInEnglish = englishVersionCounts(askedQuestion, countedThing);
  const elsewhere = type !== null && base.missing.length === 0 && onTopic.length > 0 ? factInOtherVersion(type, base.money === true, onTopic, nearby, dispatches, (hit) => untold.has(hit) && (isRelevantThroughStory(hit, settingOf(hit), base, dated, counted && countsUnlisted(hit.text, questionLang, names) ? counted : undefined) || countsInEnglish(hit, settingOf(hit)) || (base.money === true && tellsMoney(hit.text) && isRelevant(hit, settingOf(hit), base, dated, null)))) : [];
  if (elsewhere.length > 0) return { query, relevant: elsewhere, nearby: relevantStoriesFirst(nearby.filter((hit) => !elsewhere.includes(hit)), elsewhere), latest: dates.latest, newestStory: false, missing: [], partial: [], ownWords: elsewhere, dispatches };
  const missing = base.missing.length > 0 ? base.missing.map((token) => wordOf(token, question)) : type && onTopic.length > 0 ? [type] : [];
  return { query, relevant, nearby, latest: dates.latest, newestStory: false, missing: onTopic.length > 0 ? missing : [], partial: onTopic.slice(0, 2), ownWords, dispatches };
}

/**
 * The question's concepts with the years it names by their distance from now, read from the whole
 * question: the dates take "this year" (`هالسنة`) out of it as no range, yet it still says which
 * year's figure is asked, and a passage telling only last year's is a near miss (see namesAnotherInstance).
 */
function withYearsAsked(concepts: Concepts, question: string): Concepts {
  const instances = concepts.instances;
  if (!instances) return concepts;
  const relativeYears = new Set([...instances.relativeYears, ...findOrdinalsAndYears(question).relativeYears]);
  return { ...concepts, instances: { ...instances, relativeYears } };
}

/** The passages that answer ordered by `newestFirst`, then the others in the order given. */
function latestAnswersFirst<T extends { hit: PassageHit; speaks: boolean }>(items: readonly T[], newestFirst: (hits: PassageHit[]) => PassageHit[]): T[] {
  const answering = new Map(items.filter((item) => item.speaks).map((item) => [item.hit, item]));
  return [...newestFirst([...answering.keys()]).map((hit) => answering.get(hit) as T), ...items.filter((item) => !item.speaks)];
}

/**
 * Each dispatch read in the story its hits were given: a version the store left ungrouped, or a
 * follow-up filed under another story, is offered as the story's (see addUnlinkedVersions,
 * addStoryFollowUps), and what compares a story's versions (the figures only one tells, the parallel
 * text) must find it there too. A dispatch whose hits were given no other story keeps its own.
 */
function placeInHitStories(dispatches: Map<string, Dispatch>, hits: readonly PassageHit[]): void {
  for (const hit of hits) {
    const d = dispatches.get(hit.dispatchId);
    if (d !== undefined && d.storyId !== hit.storyId) dispatches.set(d.id, { ...d, storyId: hit.storyId });
  }
}

/**
 * Where each hit stands in its dispatch: the paragraph before it, and its story as the dispatch
 * tells it up front (the headline, and the lead when the hit is a later paragraph). Read once a hit:
 * every check asks it again, and one setting lets judge-relevance build the hit's matcher once.
 */
function settings(dispatches: ReadonlyMap<string, Dispatch>): (hit: PassageHit) => Setting {
  const parallelOf = otherVersionText(dispatches);
  const correspondingOf = otherVersionParagraph(dispatches);
  const read = new Map<PassageHit, Setting>();
  return (hit) => {
    const known = read.get(hit);
    if (known !== undefined) return known;
    const paragraphs = dispatches.get(hit.dispatchId)?.paragraphs ?? [];
    const before = paragraphs[hit.paragraph - 1];
    const lead = hit.paragraph > 0 ? (paragraphs[0] ?? '') : '';
    const parallel = parallelOf(hit.storyId, hit.lang);
    const parallelHere = parallel ? correspondingOf(hit.storyId, hit.lang, hit.paragraph, hit.text) : '';
    const setting: Setting = { previous: before === undefined ? undefined : { ...hit, paragraph: hit.paragraph - 1, text: before }, story: `${hit.headline}\n${lead}`, ...(parallel ? { parallel, parallelHere } : {}) };
    read.set(hit, setting);
    return setting;
  };
}

/**
 * A day the question asks about (named, "today", "yesterday") is the day of the event, and the wire
 * may file it on another: the announcement days before ("the celebrations on February 25", "غدا
 * الجمعة"), the report the day after ("on Tuesday", "أمس"). The passages filed that day come first,
 * then passages filed within the days given (up to the asker's today) that report it (see reportsDay).
 */
function withNamedDay(anyTime: readonly PassageHit[], filed: PassageHit[], day: string, within: { since: string; until: string }): PassageHit[] {
  const key = (hit: PassageHit) => `${hit.dispatchId}#${hit.paragraph}`;
  const seen = new Set(filed.map(key));
  const reporting = anyTime.filter((hit) => !seen.has(key(hit)) && hit.date >= within.since && hit.date <= within.until && reportsDay(hit.text, hit.date, day));
  return [...filed, ...reporting];
}

/** The question's word behind an analysed token, as the asker wrote it. */
function wordOf(token: string, question: string): string {
  return question.split(/[\s؟?.,،!]+/).find((word) => analyseText(word).includes(token)) ?? token;
}

/** "what's new", "any news", "شو الأخبار", "ايش الجديد": the question asks for news and names no topic. */
const NEWS = /\b(?:news|new|happening|happened|going on|updates?)\b|أخبار|اخبار|الجديد|جديد|صار|يصير|حصل|صاير/iu;
const asksForNews = (question: string) => NEWS.test(question);

/** Hits in the order given, a preferred day's first. */
function order(hits: PassageHit[], prefer: string | undefined): PassageHit[] {
  return prefer ? [...hits.filter((h) => h.date === prefer), ...hits.filter((h) => h.date !== prefer)] : hits;
}

/**
 * The newest dispatch of each story in a time (no time: the newest stories filed by the question), each by its lead paragraph:
 * of each language's version, since the wire tells a story in both and either reader may ask.
 */
async function newestStories(store: DispatchStore, query: ExpandedQuery, now: Date, range: { since?: string; until: string }): Promise<Retrieval> {
  // Nothing filed after the question is news to it (a wire's date is at most a day ahead of UTC's).
  const asked = now.toISOString();
  const summaries = (await store.listDispatches({ ...range, limit: PASSAGES * 6 })).filter((s) => s.ingestedAt <= asked);
  const seen = new Set<string>();
  const newest = summaries.filter((s) => !seen.has(`${s.storyId}\u0000${s.lang}`) && seen.add(`${s.storyId}\u0000${s.lang}`)).slice(0, PASSAGES);
  const dispatches = await store.getDispatches(newest.map((s) => s.id));
  const relevant: PassageHit[] = dispatches.map((d) => ({
    dispatchId: d.id, paragraph: 0, text: d.paragraphs[0] ?? d.headline, score: 0, date: d.date, lang: d.lang, agency: d.agency,
    headline: d.headline, dateline: d.dateline, urgent: d.urgent, storyId: d.storyId,
  }));
  return { query, relevant, nearby: [], latest: true, newestStory: false, missing: [], partial: [], ownWords: relevant, dispatches: new Map(dispatches.map((d) => [d.id, d])) };
}

/** The answer language: the user's choice, else the question's script. */
export function answerLanguage(question: string, preferred?: Lang): Lang {
  if (preferred) return preferred;
  const { arabic, latin } = scriptCounts(question);
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
