import type { Lang } from '../dispatch/dispatch-types.js';
import { analyseText } from '../text/analyse-text.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_PARTICLES } from '../text/arabic-particles.js';
import type { ExpandedQuery } from '../text/expand-query.js';
import { loadGazetteer } from '../text/gazetteer.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import type { AnswerType } from './answer-type.js';
import { arabicCountedWord, arabicKindCounted, countClassifier, countedWord, countsWordRightAfter } from './counts-asked-thing.js';
import { withKindsCounted } from './counted-kinds.js';
import { countsPeople, PEOPLE_WORDS } from './counts-people.js';
import { findDecades } from './find-decades.js';
import { findFamilyNames } from './find-family-names.js';
import { findOrdinalsAndYears, isOrdinalWord, type OrdinalsAndYears } from './find-ordinals-and-years.js';
import { END, START } from './link-answer-filler.js';
import { askedUnlistedPost, asksRoleHolder, asksSpeaker, roleVerbAsked, type SpeakerAsked } from './names-doer.js';
import { storedAgentBases, storedAgentNouns, storedClippings, storedDerivations, storedVerbStems } from './stored-derivations.js';
import { storedParticipleRoots } from './stored-participle-roots.js';
import { asksForMoney, asksPrice } from './tells-money.js';
import { countsNoMoney } from './counts-no-money.js';
import { namesAgency } from '../dispatch/agency-entities.js';
import { asksShare, PER_CENT, SHARE_WORDS } from './asks-share.js';
import { AGE_WORDS, asksAge } from './asks-age.js';
import { conditionAsked } from './asks-condition.js';
import { fateWordsAsked } from './fate-thing-asked.js';
import { locatedWords } from './located-words.js';
import { singleAfterNoun } from './single-after-noun.js';
import { moreAfterNoun } from './more-after-noun.js';
import { toldAgency } from './told-agency.js';
import { verbsAfterAuxiliary } from './verbs-after-auxiliary.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { colourWordsAsked } from './colour-words-asked.js';
import { asksDoerOfKind } from './names-doer-by-kind.js';

/** One concept of a question, with what the store says about it. */
export interface Concept {
  /** alternatives, each a phrase of analysed tokens */
  group: string[][];
  /** only a place: it sets the scene ("Kuwait" is half the wire), never decides relevance alone */
  place: boolean;
  /** how many stored dispatches hold its most common alternative (the rarer, the more telling) */
  documents: number;
  /** a concept the question is about; a filler (a dialect verb no dispatch holds) is not */
  critical: boolean;
  /** a name from the gazetteer (a person, a place, an organisation): the paragraph before may give it */
  entity: boolean;
  /** the gazetteer ids of the places it names (`jahra`), to tell them from other places of their kind */
  placeIds?: string[];
  /** alternatives only the store's induced lexicon gave (see ExpandedQuery.translated): they name the concept, never require it */
  translated?: string[][];
  /** alternatives only the general dictionary gave (see ExpandedQuery.dictionary), among `translated` */
  dictionary?: string[][];
  /** held by no dispatch but through the general dictionary's translations: no list, no spelling, no store's own translation joins it */
  onlyInDictionary?: boolean;
  /** held only through the general dictionary's translations, which widened an Arabic word the question requires (see DictionaryUse): a passage must name it */
  widenedOnly?: boolean;
  /** held only through the general dictionary's Arabic translations, which widened an English word the question requires (see DictionaryUse): named by a passage that holds one */
  lentOnly?: boolean;
  /** a person the question names (see personTokens): whose deed or word is asked, which a sentence about someone else does not give */
  person?: boolean;
  /** held only in a noun made of the word asked (see storedDerivations): no language bridges it, so a passage must name it */
  derived?: boolean;
  /** what "how many" counts, named right after it (see countsWordRightAfter: "laps" in "ran over how many laps"), wherever the question names it */
  counted?: boolean;
  /**
   * a word the store holds, shaped as a word of the asking (see isCriticalWord: `بترجع`, `دوام`, `got`) and known to no
   * list in the other language: the asker's phrasing, which the wire may write with its own word (`تعود`)
   */
  asking?: boolean;
  /**
   * a word of the asking (see asking) standing after an auxiliary or a modal ("could people see", see verbsAfterAuxiliary): the
   * asker's verb in its base form, which the wire tells in its own tense (`seen`): a passage need not name it
   */
  deed?: boolean;
  /** a word the question places something at, critical or held by no dispatch, no list knowing it as a place (`في الري`, "at Qaruh": see locatedWords) */
  located?: boolean;
}

/** A concept's alternatives a list or the question gave, without the store's induced translations. */
export function listedForms(concept: Pick<Concept, 'group' | 'translated'>): string[][] {
  const translated = new Set((concept.translated ?? []).map((phrase) => phrase.join(' ')));
  return translated.size === 0 ? concept.group : concept.group.filter((phrase) => !translated.has(phrase.join(' ')));
}

/**
 * What the general dictionary's translations (see ExpandedQuery.dictionary) may do to a concept: `judges`, count as its
 * forms everywhere; `widens`, only join a word the question requires that no dispatch holds (see weighConcepts and
 * judgedByDictionary): an Arabic one a passage must then name, an English one whose Arabic translations a passage may name
 * (see Concept.lentOnly); `widensArabic`, only join such an Arabic word, for a passage that names none of an English word's
 * translations (see conceptsJudging). Either way an English word the store holds only in English copy takes them as the
 * store's own translations (see weighLending).
 */
export type DictionaryUse = 'judges' | 'widens' | 'widensArabic';

export interface Concepts {
  list: Concept[];
  /** stored dispatches, for weighting concepts by rarity */
  total: number;
  /** the question's critical words no stored dispatch holds ("tickets" when no dispatch mentions any) */
  missing: string[];
  /** the ordinals and years the question names ("the second round", "in 2024"): which instance of a recurring thing it asks about */
  instances?: OrdinalsAndYears;
  /** the decades the question names ("photos from the eighties", `الثمانينات`: see findDecades), each as its first year */
  decades?: Set<number>;
  /** the question asks how much money (a cost, a value, a fine: see asksForMoney) */
  money?: boolean;
  /** the question asks a share, a percentage (`كم نسبة`, "what percentage": see asksShare) */
  share?: boolean;
  /** the question asks someone's age ("how old", `كم عمر`: see asksAge): the wire tells it in its own words ("a 34-year-old") */
  age?: boolean;
  /** a "who" question asking who said or announced something (true: the speaker answers it, see asksSpeaker), or who holds a post (`holder`: a speaker named by name answers it, see asksRoleHolder) */
  speakerAsked?: SpeakerAsked;
  /** a "who" question naming the doer's kind itself ("which charity pays": see asksDoerOfKind): a passage giving only the kind does not answer it */
  kindNamed?: boolean;
  /** a "how many" question counting people without naming them by a role (see countsPeople): a count answers it, no word of the question stands by it */
  peopleCounted?: boolean;
  /** the question is written in Arabic: its verbs are the reader's present, which the wire tells a plan with in the future (see isArabicFutureOf) */
  arabicAsked?: boolean;
}

/** No stored agency: every agency a question names is a topic. */
const NO_AGENCIES: readonly string[] = [];

const LATIN = /[a-z]/i;

/** Whether a concept's forms are all of one script: no list (lexicon, gazetteer) gave it a form in the other language. */
const oneScript = (forms: readonly string[][]) => {
  const text = forms.flat().join('');
  return !(isArabicScript(text) && LATIN.test(text));
};

/** Whether a phrase can occur in text of `lang`: its script, or digits, which both languages write alike. */
export function writableIn(phrase: readonly string[], lang: Lang): boolean {
  const text = phrase.join('');
  return lang === 'ar' ? isArabicScript(text) || !LATIN.test(text) : !isArabicScript(text);
}

/** Whether any of `forms` (a concept's listed forms, a word's) is a phrase `lang` writes (see writableIn). Pure. */
export const writesAnyIn = (forms: readonly (readonly string[])[], lang: Lang): boolean => forms.some((phrase) => phrase.length > 0 && writableIn(phrase, lang));

/** A concept's weight from its rarity in the store (BM25's IDF). */
export const weightOf = (concept: Concept, total: number) => Math.log(1 + (total - concept.documents + 0.5) / (concept.documents + 0.5));

/** The summed weight by rarity of some concepts. */
export const weightOfAll = (list: readonly Concept[], total: number) => list.reduce((sum, c) => sum + weightOf(c, total), 0);

/**
 * Whether a word no dispatch holds, and no list knows, is what the question is about (`tennis`,
 * `shipment`, `المسرحية`) rather than a word of the asking (`make`, `sitting`, `قضية`, `يطبقون`):
 * an English stem of five letters or more, or of three or more right after a determiner, where a
 * noun phrase opens ("any lion cubs", "the top scorer"; not the first part of "the mid-year break");
 * an Arabic noun with the article (`الموسيقى`, `بالموسيقى`, and `للموسيقى`, where ل takes the article
 * and its alif is not written), its stem `shortest` letters or more: four for a word no dispatch holds (a
 * colloquial noun of three, `البوش`, may be the asker's name for what the wire writes otherwise), three for
 * telling a stored word of the asking from a noun (`الهيل`, `بالصيف`: the article makes a noun, however short).
 */
function isCriticalWord(token: string, question: string, shortest = 4): boolean {
  const words = question.split(/[\s؟?.,،!]+/);
  const at = words.flatMap((word, i) => (analyseText(word)[0] === token ? [i] : []));
  if (!isArabicScript(token)) {
    // An adverb or an indefinite pronoun is the asker's manner ("actually", "lately", "did anyone"), not the fact asked.
    if (at.length > 0 && at.every((i) => isAskingAdverb(words[i] as string, words[i - 1]))) return false;
    return !/\d/.test(token) && (token.length >= 5 || (token.length >= 3 && at.some((i) => !(words[i] as string).includes('-') && DETERMINERS.test(words[i - 1] ?? ''))));
  }
  return token.length >= shortest && at.some((i) => /^(?:[وبفك]?ال|[وف]?لل)/.test(words[i] as string));
}

/**
 * English adverbs of manner, degree or time and indefinite pronouns, which colour the asking: a closed class
 * ("again", "ever", "anyone") and the adverbs made of an adjective with -ly ("actually", "recently", "partly"),
 * not right after a determiner (there it is a noun), nor of a noun's shape ("assembly", "supply", "anomaly",
 * "monopoly", "family", "rally", "butterfly"), nor a word of the calendar's rhythm ("daily", "weekly": a fact
 * of the schedule asked).
 */
const ASKING_ADVERBS = new Set(['again', 'ever', 'even', 'also', 'too', 'soon', 'often', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'anything', 'something', 'everything']);
const NOUN_LY = /(?:mbly|ply|oly|aly|uly|fly|[^aeiou]lly)$/;
const CALENDAR_LY = /^(?:hour|dai|night|week|month|quarter|year|annual)ly$/;

function isAskingAdverb(word: string, before: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (ASKING_ADVERBS.has(lower)) return true;
  const short = lower.length < (/(?:ily|ally)$/.test(lower) ? 7 : 6);
  return /^[a-z]+ly$/.test(lower) && !short && !NOUN_LY.test(lower) && !CALENDAR_LY.test(lower) && !DETERMINERS.test(before ?? '');
}

/** English words after which a noun phrase opens. */
const DETERMINERS = /^(?:the|a|an|any|some|no|each|every|its|their|his|her|our|my|your)$/i;

/**
 * Nouns that name the kind of answer, not its topic: "what is the result of the match" (a score),
 * "the number of", "how much money" (a figure), "the cause of" (a reason), "the name of" (a person), "what time",
 * "the date of", "ما موعد" (a date), "the venue", `مكان`, "located" (a place), "the period", "كم مدة", "how long did it take" (a length of time), and those that
 * ask for any report ("the details", "the performance", "the situation", "the figures"), and those that name anyone ("people",
 * شخص: the wire names whom it counts or fines: visitors, motorists, repeat offenders). A slot noun is a slot only
 * when the question asks for its kind of answer (or its kind is not known): "when are the exam
 * results announced" asks for a day, and the results are then its topic.
 */
const SLOT_NOUNS: ReadonlyArray<[AnswerType | null, string[]]> = [
  ['result', ['result', 'results', 'outcome', 'score', 'نتيجة', 'نتائج']],
  ['number', ['number', 'total', 'amount', 'sum', 'money', 'عدد', 'إجمالي', 'مبلغ', 'أموال']],
  ['reason', ['cause', 'reason', 'سبب', 'أسباب']],
  ['duration', ['duration', 'period', 'length', 'last', 'take', 'takes', 'took', 'taken', 'مدة', 'فترة']],
  // `الساعة كم`, `من أي ساعة`: the hour is Arabic's "what time"; the wire writes the time ("7:30 pm", `الساعة السابعة`), not "the hour".
  ['date', ['time', 'date', 'وقت', 'موعد', 'تاريخ', 'توقيت', 'ساعة']],
  ['place', ['place', 'venue', 'location', 'located', 'situated', 'area', 'areas', 'region', 'governorate', 'governorates', 'مكان', 'موقع', 'يقع', 'تقع', 'منطقة', 'مناطق', 'محافظة', 'محافظات']],
  // Asked "who", a word for an official in general, for speaking or for holding a post ("who chairs",
  // يرأس) describes the answer: the wire names the person by their own title ("issue department
  // manager", "association chairman") and its own verb ("said", أوضح). "Behind" (وراء، ورا) asks whose work a thing is
  // ("the researcher behind the study", `منو ورا الحملة`): the wire names its author by post, never by the preposition.
  // "According to" and "warned" (حذر) ask whose words: the wire writes "said" or "told" as often. "Which group" asks for a body,
  // which the wire names by its own name (the "association", the "union"), never as a group.
  ['person', ['name', 'اسم', 'group', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'مسؤول', 'مسؤولة', 'spoke', 'speak', 'speaks', 'talked', 'تحدث', 'تحدثت', 'يتحدث', 'تكلم', 'صرح', 'صرحت', 'chairs', 'chaired', 'heads', 'headed', 'يرأس', 'ترأس', 'يترأس', 'behind', 'وراء', 'ورا', 'according', 'warn', 'warned', 'warns', 'حذر', 'حذرت', 'يحذر', 'تحذر']],
  [null, ['details', 'performance', 'situation', 'status', 'figures', 'statistics', 'تفاصيل', 'أداء', 'وضع', 'أرقام', 'إحصائيات']],
  [null, ['people', 'person', 'persons', 'شخص', 'أشخاص', 'ناس']],
  // A vague noun for what is asked about ("the debate thing", `هالشي`): the asker's stand-in for the wire's own word.
  [null, ['thing', 'things', 'stuff', 'شي', 'شيء']],
];
const slotTokens = SLOT_NOUNS.map(([type, words]) => [type, new Set(words.flatMap((w) => analyseText(w)))] as const);

/**
 * "Day" names the slot only when the question asks a date ("what day", `أي يوم`, where the wire names the day: "on Monday",
 * `أيام الثلاثاء`), never in a question of no kind ("what did the ministry say about the four-day week"). Not a unit asked a
 * length of ("how many days"): the wire's "seven days" ties the length to what it measures.
 */
const DATE_ONLY_SLOTS = ([['date', ['day', 'يوم']]] as const).map(([type, words]) => [type, new Set(words.flatMap((w) => analyseText(w)))] as const);

/**
 * Words that frame the question, whatever it asks about: the verbs the wire reports any decision or
 * statement with ("what did Zakat House announce", "what did the ministry report", ماذا أعلن، قرر: it writes
 * "launched", "approved", "will distribute", "a survey released"), "inside" (what a thing holds: the wire lists its contents), and the modal verbs of
 * the asking ("can I", "should we": the wire states what is allowed, not that one can; "supposed to", "meant to": it states what is
 * planned or expected, "will run", "is expected to"), and the conjunctions and
 * prepositions English keeps in its index ("went up because of", "the researcher behind the study") where Arabic
 * leaves its own out. No passage has to name them; they still find passages.
 */
const FRAME_WORDS = new Set(
  [
    'announce', 'announced', 'announces', 'report', 'reported', 'reports', 'decide', 'decided', 'decides', 'declare', 'declared', 'inside', 'can', 'could', 'should', 'must', 'supposed', 'meant',
    'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'قرر', 'قررت', 'يقرر', 'تقرر',
    // The English conjunctions and prepositions the index keeps (english-stop-words leaves them in), whose Arabic counterparts it leaves out (`لأن`, `بين`, `نحو`, `عند`): no passage has to name them.
    'because', 'although', 'though', 'unless', 'whether', 'behind', 'among', 'amid', 'amongst', 'toward', 'towards', 'onto',
    // So the prepositions of a path or an exchange ("go through three tonnes", "instead of iron", "despite the rain"), "own", which
    // only stresses a possessive ("their own sessions"), and the Arabic prepositions of a topic (`بخصوص`, `بشأن`: "regarding").
    'through', 'throughout', 'across', 'along', 'alongside', 'beside', 'besides', 'despite', 'except', 'instead', 'beyond', 'unlike', 'versus', 'whereas', 'own',
    'بخصوص', 'بشأن',
  ].flatMap((w) => analyseText(w)),
);

/**
 * Adverbs that sharpen or date the asking, not its topic: "exactly", "now", بالضبط، حاليا، الحين; and "in stock",
 * "out of stock" (how much is held: the wire gives the amount, and "stock" analysed falls on shares). The wire
 * states the time and the figure without them; analysed, some fall on a topic's stem (بالضبط → ضبط, seized),
 * so they are read from the question as written.
 */
const FRAME_ADVERBS = /\b(?:exactly|precisely|now|currently|still|yet|already|anymore|(?:in|out\s+of)\s+stock)\b|(?:^|\s)(?:بالضبط|بالتحديد|تحديدا|حاليا|الحين|هالحين|اللحين|الآن|الان|للحين|لسه|لسا|مازال|مازالت)(?=[\s؟?.,،!]|$)/giu;

/** The analysed tokens of the question's framing adverbs (see FRAME_ADVERBS). */
const frameAdverbs = (question: string) => new Set([...question.matchAll(FRAME_ADVERBS)].flatMap((m) => analyseText(m[0])));

/**
 * Verbs of taking part in a "how many" question ("how many countries took part", `كم لاعب شارك`): the count
 * asked is of the participants the question names, and the wire tells it in its own words ("teams from 25
 * countries", `بمشاركة 40 دولة`, "86 wrestlers competed"), so the verb frames the count rather than naming a topic.
 */
const PARTICIPATION = /\b(?:take|takes|took|taking|taken)\s+part\b|\b(?:participate|participates|participated|participating|participants?)\b|(?:^|\s)(?:شارك|شاركت|شاركوا|يشارك|تشارك|يشاركون|مشارك|مشاركه|مشاركة|المشاركه|المشاركة|مشاركين|المشاركين|المشاركون)(?=[\s؟?.,،!]|$)/giu;

/**
 * Verbs of an event taking place, in a "where" or "when" question ("where is the exhibition held", "when does the forum take
 * place", `متى يقام المعرض`, `وين بتنعقد القمة`): they frame the asking, the wire giving the venue or the day with its own verb
 * ("opened", `يستمر … في مقر`). Read from the question as written (folded): the lexicon puts "play" in their group, which asks of
 * a match. Not `إقامة` (also residence), `عقد` (also a contract) or "stage" (also a phase).
 */
const TAKING_PLACE =
  /\b(?:held|hold|holds|holding|host|hosts|hosted|hosting|staged|staging|(?:take|takes|took|taking|taken)\s+place)\b|(?:^|\s)[وب]?(?:يقام|تقام|اقيم|اقيمت|يعقد|تعقد|ينعقد|تنعقد|عقدت|انعقد|انعقدت|انعقاد|يستضيف|تستضيف|استضاف|استضافت|استضافه|يجري|تجري|جرت)(?=[\s؟?.,،!]|$)/giu;

/** The analysed tokens of a "where" or "when" question's verbs of an event taking place (see TAKING_PLACE); none for another kind of question. */
const takingPlace = (question: string, type: AnswerType | null) =>
  new Set(type === 'place' || type === 'date' ? [...normaliseArabic(question).matchAll(TAKING_PLACE)].flatMap((m) => analyseText(m[0])) : []);

/** The analysed tokens of a "how many" question's verbs of taking part (see PARTICIPATION); none for another kind of question. */
const participation = (question: string, type: AnswerType | null) =>
  new Set(type === 'number' ? [...question.matchAll(PARTICIPATION)].flatMap((m) => analyseText(m[0])) : []);

/** Whether a one-word concept names the slot a question of `type` fills. */
function namesTheSlot(group: readonly string[][], type: AnswerType | null): boolean {
  const slots = [...slotTokens.filter(([kind]) => kind === null || type === null || kind === type), ...DATE_ONLY_SLOTS.filter(([kind]) => kind === type)];
  return group.some((phrase) => phrase.length === 1 && slots.some(([, tokens]) => tokens.has(phrase[0] as string)));
}

/** Whether a concept is a beginning or an end, which a date question finds in "from May 1", "until July 31" (see analyseWithDateMarks). */
const marksDate = (group: readonly string[][]) => group.some((phrase) => phrase.length === 1 && [...START, ...END].includes(phrase[0] as string));

/** Whom a "who" question takes for its answer beyond a doer (see SpeakerAsked). */
function speakerAskedOf(question: string): { speakerAsked?: SpeakerAsked } {
  if (asksSpeaker(question)) return { speakerAsked: true };
  const post = askedUnlistedPost(question);
  return post !== undefined ? { speakerAsked: { post } } : asksRoleHolder(question) ? { speakerAsked: 'holder' } : {};
}

/** The analysed tokens naming the people a question names: its English family names and the gazetteer's persons among its entities. */
function personTokens(question: string, entityIds: readonly string[]): Set<string> {
  const { byId } = loadGazetteer();
  const family = findFamilyNames(question);
  const listed = entityIds.flatMap((id) => (byId.get(id)?.kind === 'person' ? [...(byId.get(id)?.ar ?? []), ...(byId.get(id)?.en ?? [])] : [])).map((form) => analyseText(form).join(' '));
  return new Set([...family, ...listed]);
}

/**
 * The one English word of a concept the lists gave translations (`visit`, `زيارة`), when no dispatch holds it nor any of its
 * translations: the store may hold a noun made of it all the same ("visitors", see storedDerivations).
 */
function unheldEnglishWord(asked: readonly string[][], names: NameVocabulary | undefined): string | undefined {
  if (!names || asked.length < 2) return undefined;
  const english = asked.filter((phrase) => phrase.every((token) => /^[a-z]+$/.test(token)));
  const word = english.length === 1 && english[0]?.length === 1 ? english[0][0] : undefined;
  return word !== undefined && asked.every((phrase) => phrase.some((token) => names.documents(token) === 0)) ? word : undefined;
}

/**
 * The question's concepts weighed against the store: how rare each is, which are places, which
 * matter, and which critical words no dispatch holds (then the fact asked for is not stored).
 * `type` is the kind of fact asked for (see answerTypeOf): a noun naming that kind is no topic.
 * Without a vocabulary every concept counts as held and equally rare. `agencies`: the agencies of the
 * stored dispatches (`KUNA`, `WAM`: DispatchStore.listAgencies), whose names are the source asked, not a topic.
 * An English word the store holds only in its English copy takes the general dictionary's translations (see
 * weighLending), unless the question also holds a word no dispatch holds: a passage judged without that word (see
 * judgedWithoutMissing) is judged on what the lists bridge, not on the dictionary's guesses as well.
 */
export function weighConcepts(
  query: ExpandedQuery,
  question: string,
  names: NameVocabulary | undefined,
  total: number,
  type: AnswerType | null = null,
  judges: DictionaryUse = 'judges',
  agencies: readonly string[] = NO_AGENCIES,
): Concepts {
  const lent = weighLending(query, question, names, total, type, judges, agencies, true);
  return lent.missing.length > 0 ? weighLending(query, question, names, total, type, judges, agencies, false) : lent;
}

/**
 * weighConcepts, with the general dictionary's translations lent to an English word the question requires that the store
 * holds in its English copy and no list writes in Arabic when `lend` (see weighConcepts).
 */
function weighLending(
  query: ExpandedQuery,
  question: string,
  names: NameVocabulary | undefined,
  total: number,
  type: AnswerType | null,
  judges: DictionaryUse,
  agencies: readonly string[],
  lend: boolean,
): Concepts {
  const { byId } = loadGazetteer();
  const places = new Map<string, string>();
  const entities = new Set<string>();
  const wire = new Set<string>();
  for (const id of query.entities) {
    const entry = byId.get(id);
    const forms = [...(entry?.ar ?? []), ...(entry?.en ?? [])].map((form) => analyseText(form).join(' '));
    for (const form of forms) entities.add(form);
    if (entry?.kind === 'country' || entry?.kind === 'city') for (const form of forms) places.set(form, id);
    // An agency that files the store's copy names the source of its dispatches ("KUNA on 20 October: …", `حسب كونا`, `according
    // to WAM`), not a topic a passage must name: a lead does not name the agency that files it (story grouping holds it generic too).
    if (namesAgency(id, agencies)) for (const form of forms) wire.add(form);
  }
  const people = personTokens(question, query.entities);
  const peopleCounted = type === 'number' && countsPeople(question);
  // Asked who runs or leads a thing, the verb frames the post asked (see roleVerbAsked): the wire names its holder by the post.
  const roleVerb = type === 'person' ? roleVerbAsked(question) : undefined;
  // Asked how someone is (`شلون حالته`, "how is he doing"), the word for the condition frames the asking (see conditionAsked).
  const condition = conditionAsked(question);
  // Asked a thing's fate, the fate's own noun (`مصير`, "fate") frames the asking too (see fateWordsAsked); so does "one" after a definite noun (see singleAfterNoun),
  // and the Gulf "more" after a noun (`ممرضات زيادة`: see moreAfterNoun), which the wire writes as English does, never as an increase.
  const adverbs = new Set([...frameAdverbs(question), ...participation(question, type), ...takingPlace(question, type), ...(roleVerb ? analyseText(roleVerb) : []), ...(condition ? analyseText(condition) : []), ...fateWordsAsked(question), ...toldAgency(question, agencies), ...singleAfterNoun(question), ...moreAfterNoun(question)]);
  // What "how many" counts ("how many jars") is what the question is about, however short the word: no dispatch holding it, the count is not stored.
  const countedToken = type === 'number' ? countedWord(question) : undefined;
  // The kind of it an Arabic `كم` counts (`كم طائر بجع`): what is asked as much as the thing, so no dispatch holding it, the count is not stored.
  const kindToken = type === 'number' ? arabicKindCounted(question) : undefined;
  // The thing counted, in either language: the wire may count it by a narrower name (see withKindsCounted).
  const countedAny = type === 'number' ? (countedToken ?? arabicCountedWord(question)) : undefined;
  // The thing counted with no word of its phrase before it (see countsWordRightAfter): what a figure beside it answers.
  const countedAlone = countedAny !== undefined && countsWordRightAfter(question);
  const share = type === 'number' && asksShare(question);
  // "how many times", `كم وحدة`: the classifier counts what the rest of the question names; its word is the slot the count fills (see countClassifier).
  const classifier = type === 'number' ? countClassifier(question) : undefined;
  const age = type === 'number' && asksAge(question);
  // The words the question places something at (see locatedWords): a critical one no list knows as a place is the place asked all the same.
  const locatedTokens = locatedWords(question);
  // The question's words, as written.
  const questionWords = question.split(/[\s؟?.,،!]+/u);
  // The analysed tokens of the question's ordinals (see isOrdinalWord).
  const ordinalWords = new Set(questionWords.filter(isOrdinalWord).flatMap((word) => analyseText(word)));
  // The analysed tokens of the decades the question names ("the 1940s", `الأربعينات`, analysed `اربع`, four): the time asked, which
  // namesAnotherInstance reads by its years in either language (`أربعينيات القرن الماضي`, "1940s"), not a word a passage must hold.
  const decadeWords = new Set(questionWords.filter((word) => findDecades(word).size > 0).flatMap((word) => analyseText(word)));
  // The words after an auxiliary (see verbsAfterAuxiliary): the asking's verb, in its base form.
  const deeds = verbsAfterAuxiliary(question);
  // A colour asked: the wire writes the colour, not the word (see colourWordsAsked).
  const colourWords = colourWordsAsked(question);
  const missing: string[] = [];
  const list = query.groups.map((expanded, i) => {
    // The question's own forms and the lists' first: the general dictionary's translations (see ExpandedQuery.dictionary) only where the store has no word of its own for the word asked.
    const dictionaryForms = query.dictionary?.[i] ?? [];
    const fromDictionary = new Set(dictionaryForms.map((phrase) => phrase.join(' ')));
    const asked = fromDictionary.size > 0 ? expanded.filter((phrase) => !fromDictionary.has(phrase.join(' '))) : expanded;
    // A verb no dispatch holds is found in the noun the wire makes of it (see storedDerivations), one with translations listed too
    // when no dispatch holds them either (see unheldEnglishWord).
    const derived = asked.length === 1 && asked[0]?.length === 1 ? asked[0][0] : unheldEnglishWord(asked, names);
    const derivations = derived !== undefined ? storedDerivations(derived, names) : [];
    // A clipped word no dispatch holds ("champ", "desal") is found in the words it is clipped from.
    const clipped = asked.length === 1 && asked[0]?.length === 1 && derivations.length === 0 ? storedClippings(asked[0][0] as string, names) : [];
    // An agent noun no dispatch holds ("abseiler") is found in the verb or sport it is made of (see storedAgentBases).
    const bases = asked.length === 1 && asked[0]?.length === 1 && derivations.length === 0 && clipped.length === 0 ? storedAgentBases(asked[0][0] as string, names) : [];
    // An Arabic passive participle no dispatch holds (`المسروقة`) is found in the words of its root the wire writes (`سرقة`).
    const rooted = asked.length === 1 && asked[0]?.length === 1 ? storedParticipleRoots(asked[0][0] as string, names) : [];
    // Asked who does a thing ("who leads"), the wire names the doer by the noun of the deed ("project leader").
    const agents = type === 'person' && asked.length === 1 && asked[0]?.length === 1 ? storedAgentNouns(asked[0][0] as string, names) : [];
    // Asked of a deed by its noun ("the evacuation"), the wire tells it with the verb ("evacuated").
    const verbs = asked.flatMap((phrase) => (phrase.length === 1 ? storedVerbStems(phrase[0] as string, names) : []));
    // Asked a share, its word (`نسبة`, "percentage") is named by the per cent the wire writes ("18 percent", `18 في المئة`) without it.
    const perCent = share && asked.some((phrase) => phrase.length === 1 && SHARE_WORDS.has(phrase[0] as string)) ? PER_CENT : [];
    const extras = [...derivations, ...clipped, ...bases, ...agents, ...rooted, ...verbs, ...perCent].filter((term, k, all) => all.indexOf(term) === k).map((term) => [term]);
    const heldBy = (phrases: readonly string[][]) => (names ? Math.max(0, ...phrases.map((phrase) => Math.min(...phrase.map((token) => names.documents(token))))) : 1);
    /** The concept with `general` (the dictionary's alternatives, or none) among its forms. */
    const weighed = (general: string[][]) => {
      const group = [...asked, ...extras, ...general];
      const translated = (query.translated?.[i] ?? []).filter((phrase) => general.length > 0 || !fromDictionary.has(phrase.join(' ')));
      // An induced translation does not make a concept commoner: its rarity is its listed forms'.
      const listed = listedForms({ group, translated });
      // A word no dispatch holds, translated by the general dictionary into words the store holds: as rare as they are.
      const onlyInDictionary = heldBy(listed) === 0 && general.length > 0 && heldBy(general) > 0;
      const held = onlyInDictionary ? heldBy(general) : heldBy(listed);
      // A beginning or an end asked "when" is held wherever a date is marked as one ("from May 1"): never missing, and as rare as can be.
      const documents = type === 'date' && marksDate(group) ? Math.max(1, held) : held;
      const placeIds = [...new Set(group.flatMap((phrase) => places.get(phrase.join(' ')) ?? []))];
      const place = placeIds.length > 0;
      const single = group.length === 1 && group[0]?.length === 1;
      const particle = single && ARABIC_PARTICLES.has(group[0]?.[0] ?? '');
      // The question's own word decides, whatever forms a list adds to it ("announce" given a stray alternative).
      const frame = (asked.length > 0 && asked.every((phrase) => phrase.length === 1) && FRAME_WORDS.has(asked[0]?.[0] ?? '')) || group.some((phrase) => phrase.length === 1 && adverbs.has(phrase[0] as string));
      // "people" in "how many people" (and the Gulf "كم واحد") is the slot the count fills, whatever the lexicon makes of the word.
      const counter = peopleCounted && group.some((phrase) => phrase.length === 1 && PEOPLE_WORDS.has(phrase[0] as string));
      // Asked how old, the word for age (`عمر`, "old") is the slot the age fills: the wire writes "a 34-year-old", `في التاسعة من عمره`.
      const ageWord = age && group.some((phrase) => phrase.length === 1 && AGE_WORDS.has(phrase[0] as string));
      // "times" in "how many times", `وحدة` in `كم وحدة؟`: the slot the count fills, like "people" (see countClassifier).
      const classifierWord = classifier !== undefined && asked.some((phrase) => phrase.length === 1 && phrase[0] === classifier);
      // An ordinal no dispatch holds in the asker's words (`الخامس` asked, "the fifth grade" written) names the instance asked, which
      // namesAnotherInstance reads by its number in either language: not a word a passage must hold.
      const instance = (documents === 0 && single && ordinalWords.has(group[0]?.[0] as string)) || asked.some((phrase) => phrase.length === 1 && decadeWords.has(phrase[0] as string));
      // An agency filing the store's copy names the source of its dispatches (see the entities above).
      const source = group.some((phrase) => wire.has(phrase.join(' ')));
      // The question's own word for a colour asked (see colourWordsAsked), whatever forms a list or a spelling adds to it.
      const colourWord = asked.some((phrase) => phrase.length === 1 && colourWords.has(phrase[0] as string));
      const critical = !source && !colourWord && !place && !particle && !frame && !counter && !ageWord && !classifierWord && !instance && !namesTheSlot(group, type) && (documents > 0 || !single || isCriticalWord(group[0]?.[0] as string, question) || group[0]?.[0] === countedToken || (kindToken !== undefined && group[0]?.[0] === kindToken));
      return { general, group, translated, listed, onlyInDictionary, documents, placeIds, place, critical };
    };
    const own = weighed([]);
    // Judging a who-said question (see judgedByDictionary) the dictionary's alternatives join any concept. Else they only widen a
    // word the question requires and no dispatch holds: a word not required must not become so through a wrong sense. An Arabic
    // one (`الجداريات` asked, "murals" written) is widened by the English copy's own nouns, the Arabic-English glosses, which a
    // passage must then name (see Concept.widenedOnly). An English one ("lessons" asked, `الدروس` written: the fact only the
    // Arabic version tells, its English version never writing the word) takes its Arabic translations as a translation the
    // store induced is taken (see Concept.translated): named where a passage holds one, never required of one that does not,
    // for the translation is light-stemmed to a stem other words may share (`روا`, `جنس`, `لجن`) and the wire may write the
    // thing with another word (`متسابق` for "riders"). A passage naming none of them is judged as if the word were not widened
    // (see conceptsJudging): the translation is the only sign the story tells the thing asked.
    const usable = derivations.length > 0 || clipped.length > 0 || bases.length > 0 || agents.length > 0 || rooted.length > 0 || dictionaryForms.length === 0 ? [] : dictionaryForms;
    const writtenInArabic = isArabicScript(asked[0]?.join('') ?? '');
    // An English word the question requires that the store holds (in its English copy) and no list writes in Arabic ("hydrant" asked of
    // an Arabic update the English desk never filed, `حنفية`): its translations are taken as an induced one is (see Concept.translated),
    // naming it where a passage holds one and never required of one that does not.
    const lent = lend && own.critical && own.documents > 0 && !writtenInArabic && !writesAnyIn(own.listed, 'ar');
    const { general, group, translated, listed, onlyInDictionary, documents, placeIds, place, critical } = usable.length > 0 && (judges === 'judges' || lent || (own.critical && own.documents === 0 && (judges === 'widens' || writtenInArabic))) ? weighed(usable) : own;
    if (critical && documents === 0) missing.push(group[0]?.join(' ') ?? '');
    // A stored word shaped as a word of the asking (see isCriticalWord), written in one script only (no list gave it a form in the other): the question's phrasing, which the wire may write otherwise.
    const asking = critical && documents > 0 && asked.length >= 1 && asked.every((phrase) => phrase.length === 1) && !isCriticalWord(asked[0]?.[0] as string, question, 3) && oneScript(listed);
    const deed = asking && asked.every((phrase) => deeds.has(phrase[0] as string));
    const entity = group.some((phrase) => entities.has(phrase.join(' ')));
    const person = !place && group.some((phrase) => people.has(phrase.join(' ')) || phrase.some((token) => people.has(token)));
    const counts = countedAny !== undefined && group.some((phrase) => phrase.length === 1 && phrase[0] === countedAny);
    // Placed at a word no dispatch holds (`في الري`, too short a word to be critical), the place asked is one the wire never names.
    const located = (critical || documents === 0) && !place && !entity && asked.some((phrase) => phrase.length === 1 && locatedTokens.has(phrase[0] as string));
    return { group: counts ? withKindsCounted(group) : group, place, documents, critical, entity, ...(place ? { placeIds } : {}), ...(translated.length > 0 ? { translated } : {}), ...(general.length > 0 ? { dictionary: general } : {}), ...(onlyInDictionary ? { onlyInDictionary } : {}), ...(onlyInDictionary && judges !== 'judges' && writtenInArabic ? { widenedOnly: true } : {}), ...(onlyInDictionary && judges === 'widens' && !writtenInArabic ? { lentOnly: true } : {}), ...(person ? { person } : {}), ...(derivations.length > 0 ? { derived: true } : {}), ...(asking ? { asking } : {}), ...(deed ? { deed } : {}), ...(located ? { located } : {}), ...(counts && countedAlone ? { counted: true } : {}) };
  });
  const decades = findDecades(question);
  return { list, total, missing, instances: findOrdinalsAndYears(question, true), ...(decades.size > 0 ? { decades } : {}), ...((type === 'number' && asksForMoney(question) && !countsNoMoney(question)) || asksPrice(question) ? { money: true } : {}), ...(share ? { share } : {}), ...(age ? { age } : {}), ...(type === 'person' ? speakerAskedOf(question) : {}), ...(type === 'person' && asksDoerOfKind(question) ? { kindNamed: true } : {}), ...(peopleCounted ? { peopleCounted } : {}), ...(query.lang === 'ar' ? { arabicAsked: true } : {}) };
}
