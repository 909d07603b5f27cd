import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_DUAL } from '../text/arabic-duals.js';
import { writesArticleFigure } from '../text/spell-english-figures.js';
import { HOW_MANY_AR, WHAT_AR, withAskingWords } from '../text/arabic-asking-words.js';
import { QUESTION_WORDS_EN } from '../text/english-question-words.js';
import { findEntities } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { measureAsHow } from '../text/measure-as-how.js';
import { REQUEST_AR } from '../text/request-as-asking.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { namesArabicPerson } from './names-arabic-person.js';
import { namesArabicPlace } from './names-arabic-place.js';
import { findDecades } from './find-decades.js';
import { AR_MONTHS, AR_WEEKDAYS, DURATION, EN_MONTH_WORDS, EN_WEEKDAYS, RECURRING, SEASON, SPAN, STANDALONE_YEAR, TIME_OF_DAY, UNTIL, WITHIN } from './calendar-words.js';

/** What kind of fact a question asks for; null when any report on the topic answers it ("what did X say"). */
export type AnswerType = 'number' | 'duration' | 'date' | 'person' | 'place' | 'reason' | 'result';

/**
 * A measure of a thing asked by its noun after an Arabic "what" or a request (`عطني وزن`, `أبي أعرف طول`, `وش درجة الحرارة`): a
 * figure, as "how heavy", "how long" ask it (see measureAsHow for the English). Not `عرض`, also a show, nor a count named after a
 * request (`عطني عدد`): see COUNT_NAMED. Folded.
 */
const ARABIC_MEASURE_ASKED = new RegExp(`(?:^|\\s)(?:${WHAT_AR}|${REQUEST_AR})\\s+(?:طول|وزن|ارتفاع|عمق|مساحه|مسافه|سرعه|درجه\\s+(?:ال)?حراره)(?=\\s|$)`, 'u');

/** The words of "how many" that ask the hour before or after `الساعه` (see HOW_MANY_AR): all but `بكم`, "for how much", which asks its price. */
const HOUR_ASKED = HOW_MANY_AR.split('|').filter((word) => word !== 'بكم').join('|');

/** Matched on the question, normalised (أ → ا, ى → ي, ة → ه), lowercase; the first that matches decides. */
const QUESTION_TYPES: Array<[AnswerType, RegExp]> = [
  ['reason', withAskingWords(/\b(?:why|how come|what caused|what was the cause|what is the cause|reason for)\b|^(?:ليش|ليه|لماذا|لم)\s|(?:^|\s)(?:<what>)\s+(?:سبب|اسباب)|(?:^|\s)بسبب\s+(?:ايش|شنو|شو|وش|ماذا)/u)],
  // "the result of" names the answer's kind, not its topic (see judge-relevance's slot nouns): a score or an outcome.
  ['result', withAskingWords(/\bwhat (?:was|is|were|are)(?: the)? (?:result|results|outcome|(?:final )?score)\b|\bhow did (?:it|the \w+(?: \w+)?) end\b|(?:^|\s)(?:<what>|<howMany>)\s+(?:(?:هي|كانت)\s+)?(?:نتيجه|نتائج)(?=\s|$)/u)],
  // How long something lasts: a length of time measures the event a sentence tells, not a word next to it (see linksAnswerFiller).
  // "How many" before a verb of lasting (`كم تاخذ`, `كم يستغرق`, `كم تدوم`: how much does it take) asks the same.
  ['duration', withAskingWords(/\bhow long\b|\bhow many (?:minutes|hours|days|nights|weeks|months|years)\b|(?:^|\s)(?:<howMany>)\s+(?:دقيقه|ساعه|يوم|ليله|اسبوع|شهر|سنه|مده)(?=\s|$)|(?:^|\s)(?:<what>)\s+(?:هي\s+)?(?:مده|فتره)(?=\s|$)|(?:^|\s)(?:لمده|مده)\s+كم(?=\s|$)|(?:^|\s)(?:<howMany>)\s+(?:تاخذ|ياخذ|تستغرق|يستغرق|تدوم|يدوم)(?=\s|$)/u)],
  // "What time" in Arabic asks the hour with "how many" (`الساعة كم`, `كم الساعة`, `من أي ساعة`): a time, not a count. "How many
  // hours" (`كم ساعة`, no article) is a length of time, read above. Not "for how much" (`بكم الساعة`, `الساعة بكم`): the price of an hour.
  ['date', new RegExp(`(?:^|\\s)(?:الساعه\\s+(?:${HOUR_ASKED})|(?:${HOUR_ASKED})\\s+الساعه|[لب]?اي\\s+ساعه)(?=\\s|$)`, 'u')],
  ['number', withAskingWords(/\bhow (?:many|much|far|big|high|low|old|tall|heavy|deep|wide)\b|\bwhat (?:percentage|percent|share|number|amount|price|figure|rate|value|total|age)\b|(?:^|\s)(?:<howMany>)(?=\s|$)|(?:^|\s)(?:<what>)\s+(?:عدد|قيمه|نسبه|حجم|مقدار|سعر|مبلغ|عمر|اعمار)(?=\s|$)/u)],
  ['number', ARABIC_MEASURE_ASKED],
  ['date', /\bwhen\b|\bwhat (?:time|date|day)\b|\bwhich day\b|(?:^|\s)(?:متي|امتي|ايمتي|اي يوم|في اي يوم)(?=\s|$)/u],
  // "who" after another question word is a relative ("what happens to people who …"): that word asks; so after a count named ("the
  // latest count of people who registered": see COUNT_NAMED). `من وين` is "from where": a place; `من أي` "from which" (`من أي مسافة`),
  // its noun asking (which body, `من أي جهة`, still asks a doer, below).
  // "Which team, player, doctor, officer, body, ministry, group, association" (`أي فريق، طبيب، جهة، وزارة، جمعية، اتحاد`) asks for a
  // doer too: the wire names a body as it names a person.
  ['person', withAskingWords(/^(?:(?!\b(?:what|how|when|where|why)\b|\b(?:number|count|total|tally)\s+of\b).)*\bwho\b|\bwhich (?:team|player|minister|official|officer|doctor|expert|researcher|scientist|coach|referee|judge|lawyer|country|company|club|body|authority|agency|organisation|organization|ministry|department|group|association|union|society|federation|council|committee|charity|institute|institution)\b|^(?:<who>|من)\s(?!(?:وين|اين|فين|اي)(?:\s|$))|(?:^|\s)(?:<who>)(?=\s|$)|(?:^|\s)اي\s+(?:فريق|منتخب|لاعب|لاعبه|وزير|وزيره|دوله|شركه|نادي|جهه|هيئه|منظمه|وزاره|اداره|طبيب|طبيبه|دكتور|دكتوره|ضابط|مسؤول|مسؤوله|خبير|خبيره|باحث|باحثه|مدرب|حكم|جمعيه|اتحاد|مجموعه|لجنه|مجلس)(?=\s|$)/u)],
  ['place', /\bwhere\b|\bwhich (?:city|area|areas|region|place|places)\b|(?:^|\s)(?:وين|اين|فين)(?=\s|$)|(?:^|\s)اي\s+(?:مدينه|منطقه|مناطق|مكان)(?=\s|$)/u],
];

/**
 * A lead-in naming the story the question is about, a preposition and a noun of news (a report, a dispatch, a bulletin) up to
 * its comma or colon (`من أخبار 30 نوفمبر،`, `عن خبر أمس،`, `من برقية أمس،`, `في نشرة اليوم،`, `بالنسبة للخبر اللي انشر
 * اليوم،`): it asks nothing, its `من` is "from", not "who", and the question's own asking word follows it. Folded (see
 * normaliseArabic).
 */
const NEWS_LEAD_IN = /^(?:من|عن|في|بالنسبه\s+(?:ل|ال|لل)?|بخصوص)\s*(?:ال|لل|ل)?(?:اخبار|خبر|برقيه|برقيات|نشره|نشرات)(?=\s|[،,:])[^،,:؟?]*[،,:]\s*/u;

/**
 * A count named as the thing asked in an English request or bare noun phrase, with no asking word of its own ("give me the
 * number of applicants", "latest count of people who registered"): it asks how many. A question with an asking word ("whats
 * the number of", "when will the number of") is read by that word. The Arabic request (`عطني عدد`) is not read so: asked as
 * a count, its counted noun's broken plural (`الرضع`) misses the singular the wire counts (`26 رضيعا`).
 */
const COUNT_NAMED = /\b(?:number|count|total|tally)\s+of\b/u;
const ASKING_WORD = new RegExp(`\\b(?:${QUESTION_WORDS_EN}|whether|if)\\b`, 'u');

/**
 * "When" after another asking word in the same clause ("what was the waiting list when the clinic opened", "who was driving
 * when the bus crashed"), or in a yes-or-no question opened by an auxiliary ("was anyone hurt when the lion got out", "did
 * the power fail when the storm hit"), is a conjunction: it dates the thing asked, the asking word (or the auxiliary) asks.
 * Taken out before the types are read; a clause ends at a stop, a question mark, a colon or a comma ("what did kuna say
 * today: when does …").
 */
const WHEN_AFTER_ASKING = /(\b(?:what|which|who|how)\b[^.?!:;,،؟]*?|^(?:is|are|was|were|did|do|does|will|would|can|could|has|have|had|should)\b[^.?!:;,،؟]*?)\bwhen\b/gu;

/** The kind of fact a question asks for (how many, how much, how old, `بكم` (for how much) → number, how long → duration, when → date, who → person, where → place, why → reason, the result of → result), read after a lead-in naming the story (see NEWS_LEAD_IN). Pure. */
export function answerTypeOf(question: string): AnswerType | null {
  // A dimension asked by its noun ("whats the size of …") asks as "how big" does (see measureAsHow).
  const folded = measureAsHow(normaliseArabic(question).toLowerCase().trim().replace(NEWS_LEAD_IN, ''))
    .replace(WHEN_AFTER_ASKING, '$1 ')
    .replace(/[؟?!.,،]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const asked = QUESTION_TYPES.find(([, pattern]) => pattern.test(folded))?.[0];
  if (asked !== undefined) return asked;
  // The "who" left here stands after a count named (see the person pattern): a relative.
  return COUNT_NAMED.test(folded) && !ASKING_WORD.test(folded.replace(/\bwho\b/u, '')) ? 'number' : null;
}

/** A month named, as a whole word ("March", "Dec."): "market" and "decision" date nothing. */
const MONTHS = new RegExp(`\\b(?:${EN_MONTH_WORDS})\\b|${AR_MONTHS}`, 'i');
const WEEKDAYS_OR_TIMES =
  new RegExp(
    `\\b(?:${EN_WEEKDAYS}|today|tomorrow|tonight|next (?:week|month|year)|this (?:week|month)|at \\d|in \\d{4})\\b|${AR_WEEKDAYS}|اليوم|غدا|الغد|الساعه|الاسبوع المقبل|الشهر المقبل|العام المقبل`,
    'i',
  );
/** Digits or a number word; not الاثنين, Monday (see NUMBER_WORDS in link-answer-filler.ts). */
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b|واحد|(?<!ال)اثن(?:ين|ان)|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|مئه|مائه|الف|مليون|مليار/i;
const REASON =
  /\b(?:because|due to|owing to|as a result|result of|after|amid|following|caused|cause|blamed|attributed|reason|since|led to|in order to|to allow|to give|as|on the back of|led by|driven by|weighed|pressured)\b|بضغط|بدعم|مدعوم|مدفوع|على خلفيه|بسبب|نتيجه|جراء|اثر|بعد|وسط|لان|عزا|يعود|سبب|ادي|لاتاحه|بهدف|من اجل|نظرا/i;
/**
 * An Arabic purpose clause, `لـ` glued to an imperfect verb or its noun (`ليحمي`، `لتشمل`، `لتقليل`): the wire gives why
 * something is done as what it is done for ("extended the campaign two days to take in 48 children"), with no causal
 * word. Folded; `ل` then `ي` or `ت` then three or more letters, at a word's start (a conjunction may precede it).
 */
const ARABIC_PURPOSE = /(?<![\u0621-\u064A])[وف]?ل[يت][\u0621-\u064A]{3,}/u;
/** A length of thing asked "how long" ("a 25-kilometre road"), when it is not a length of time. */
const LENGTH = /\d[\d.,]*[\s-]*(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?)\b|كيلومتر|مترا|امتار/i;
/**
 * A score ("3-0", "31-26") or a verb of outcome: won, beat, lost, drew, approved, فاز، تغلب، خسر، تعادل، توج، أقر; or a verb
 * a study, survey or inquiry reports its findings with ("showed", "found that", أظهرت، كشفت، خلصت، توصلت): its results.
 */
const RESULT =
  /\d+\s*-\s*\d+|\b(?:won|wins|win|beat|beats|defeated|lost|loses|drew|draw|tied|crowned|approved|rejected|passed|elected|ended|finished|showed|shows|shown|revealed|reveals|concluded|concludes|(?:found|finds)\s+that)\b|فاز|فوز|تغلب|خسر|خساره|تعادل|توج|تتويج|اقر|وافق|رفض|انتهت|انتهي|(?:^|\s)[و]?(?:اظهر|اظهرت|يظهر|تظهر|كشف|كشفت|يكشف|تكشف|خلص|خلصت|توصل|توصلت)(?=\s)/i;
/** A place a wire names with a common noun ("along the waterfront", "at the new centre"): a locative and a noun of place. */
const PLACE_NOUN =
  /\b(?:at|in|on|along|near|across|inside|outside|off)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:waterfront|corniche|centre|center|hall|stadium|square|island|port|area|areas|governorate|city|town|village|street|road|park|beach|tower|palace|airport|hospital|school|university|district|region|coast|border|headquarters|building|complex|venue|arena|theatre|museum|mall|camp|field|zone|site)s?\b/i;
/**
 * A journey's two ends, each capitalised ("covered 19 kilometres from Salmiya to Fintas"): places the wire names with no noun of
 * place. Not a span of days or months ("from Sunday to Thursday", "from March to May").
 */
const NOT_A_PLACE = `(?:${`${EN_MONTH_WORDS}|${EN_WEEKDAYS}`.replace(/(^|\|)(\w)/g, (_, bar: string, first: string) => `${bar}${first.toUpperCase()}`)})\\b`;
const ROUTE = new RegExp(`\\bfrom\\s+(?!${NOT_A_PLACE})\\p{Lu}[\\p{L}'-]+\\s+(?:to|until)\\s+(?!${NOT_A_PLACE})\\p{Lu}[\\p{L}'-]+`, 'u');
/** Two capitalised words that do not open the text: a name in English copy ("Tareq Al-Bannai"). */
export const CAPITALISED_NAME = /(?<=\S\s)\p{Lu}[\p{L}'-]+\s+(?:(?:Al|al|bin|Bin|El|el)[- ])?\p{Lu}[\p{L}'-]+/u;
/**
 * A team or school named by its noun and what it is of (`منتخب الكويت`, `فريق ثانوية الجهراء`, `نادي القادسية`):
 * a doer in Arabic copy, which has no capitals to mark it. The wire reports who won, played or beat by
 * the team, as it reports a body by its name. Folded (ة → ه, ي for ى).
 */
const ARABIC_TEAM = /(?:^|\s)[وبل]?(?:فريق|منتخب|نادي|ثانويه|مدرسه|جامعه|كليه)\s+(?:ال\p{L}{2,}|ثانويه|مدرسه|نادي|جامعه|كليه)/u;
/** A name opening the text with a family name's particle ("Jarrah Al-Saqer said …"): the particle marks a name where a capital may be the sentence's. */
const OPENING_NAME = /^\s*\p{Lu}[\p{L}'-]+\s+(?:Al|bin|Bin|El)[- ]\p{Lu}[\p{L}'-]+/u;

/**
 * Whether a passage holds the kind of fact asked for: a number for "how many" (an Arabic dual too), a length of time (or
 * its end: "until Saturday", or both its ends: "from April 15 to July 31") for "how long", a day, a time of day, a season or a time from now
 * ("within ten days") for "when" (or a year, or a decade: "in the forties", `في الأربعينات`), a cause for "why", a person or a place the gazetteer knows (or a capitalised
 * name in English, or a locative and a noun of place: "along the waterfront", or a journey's two ends: "from Salmiya to Fintas") for "who" and "where". Arabic copy names people without capitals,
 * so there a person is read from a title, a name's parts or a family name, and a place from a noun of place. Pure.
 */
export function holdsAnswerType(text: string, type: AnswerType | null): boolean {
  if (type === null) return true;
  const folded = normaliseArabic(text);
  switch (type) {
    case 'number':
      // Arabic writes two of a thing as its dual, with no figure (`مرتين في اليوم`, `وزيران`: see ARABIC_DUAL); English one, or a
      // fraction, by the article ("a single egg", "a fifth": see writesArticleFigure).
      return NUMBER.test(folded) || ARABIC_DUAL.test(folded) || writesArticleFigure(text);
    case 'duration':
      return DURATION.test(folded) || UNTIL.test(folded) || SPAN.test(folded) || LENGTH.test(folded);
    case 'date':
      return (
        MONTHS.test(folded) || WEEKDAYS_OR_TIMES.test(folded) || TIME_OF_DAY.test(folded) || SEASON.test(folded) || WITHIN.test(folded) || RECURRING.test(folded) ||
        /\d{1,2}\s*[/-]\s*\d{1,2}/.test(folded) || STANDALONE_YEAR.test(folded) || findDecades(folded).size > 0
      );
    case 'reason':
      return REASON.test(folded) || ARABIC_PURPOSE.test(folded);
    case 'result':
      return RESULT.test(folded);
    case 'person':
    case 'place': {
      const kinds = type === 'person' ? ['person', 'office', 'org', 'company', 'country', 'club'] : ['country', 'city', 'org'];
      const { byId } = loadGazetteer();
      if (findEntities(text).some((id) => kinds.includes(byId.get(id)?.kind ?? ''))) return true;
      // Arabic writes no capitals: a person by a title, a name's parts or a family name (see namesArabicPerson), a place by a noun of place.
      if (isArabicScript(text)) return type === 'person' ? namesArabicPerson(text) || ARABIC_TEAM.test(folded) : namesArabicPlace(text);
      return CAPITALISED_NAME.test(text) || (type === 'person' && OPENING_NAME.test(text)) || (type === 'place' && (PLACE_NOUN.test(text) || ROUTE.test(text)));
    }
  }
}
