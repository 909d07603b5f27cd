import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_TIME_DUAL_STEMS } from '../text/arabic-duals.js';
import { MONTH_NAMES } from '../text/month-names.js';

/*
 * Month and weekday names as regular-expression alternatives, in the folded form the answer code
 * matches (lower case; Arabic through normaliseArabic: ابريل، الجمعه). English months as whole words. The Arabic months by
 * their Gregorian names (month-names.ts): the patterns find them anywhere in a word's place, and the
 * Levant's `آب` folds to `اب`, "father".
 */
/** The English months' full names and abbreviations ("march", "mar", "sept"). */
const EN_MONTH_NAMES = MONTH_NAMES.flatMap((month) => [month.english, ...month.englishShort]);
/** English month names as whole words: the full name or an abbreviation ("march", "mar", "sept"), never a word they begin ("marrow", "market", "decision"). */
export const EN_MONTH_WORDS = EN_MONTH_NAMES.join('|');
/**
 * An English month as a date's word, whole ("decision", "mayor", "market" begin with one): "may", also the modal verb
 * ("talks ended and may resume"), only with a day or a year after it ("May 15", "may 2026"); a day before it is a date's figure already.
 */
export const EN_MONTH_DATE = `(?:\\b(?:${EN_MONTH_NAMES.filter((name) => name !== 'may').join('|')})\\b|\\bmay(?=\\s+\\d))`;
export const AR_MONTHS = [...new Set(MONTH_NAMES.flatMap((month) => month.arabic.map(normaliseArabic)))].join('|');
export const EN_WEEKDAYS = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday';
export const AR_WEEKDAYS = 'الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت';
/**
 * A definite Arabic word (folded) that dates the sentence, not a name in construct with the noun before it: the day, a weekday, the
 * week or year and their "past", "next", "current" (`من 23 مدرسة اليوم الثلاثاء`, `الأسبوع الماضي`).
 */
export const AR_DATING_WORD = new RegExp(`^(?:اليوم|الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الحالي|الحاليه|الجاري|الجاريه|الاسبوع|الشهر|العام|السنه|${AR_WEEKDAYS})$`, 'u');

/** A year standing alone ("operational by 2029", `عام 2025`), not part of a larger figure or of a date written in figures. */
export const STANDALONE_YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d]|[.,]\d)/;

/**
 * A unit of time in English, after an adjective that may stand between it and its count ("five working days"), or the noun of
 * a kind of day whose count it is ("five school days", "three trading days", "ten training days": days of that kind). Seconds
 * only in the plural ("about four seconds"): "a second" is as often the ordinal ("after a second round").
 */
const EN_TIME_UNITS = '(?:(?:working|business|full|consecutive|straight|calendar|more|further|additional)\\s+|(?:school|trading|training)\\s+(?=days?\\b))?(?:(?:minute|hour|day|night|week|month|year)s?|seconds)';
/**
 * Units of time, singular or plural, as the folded text writes them (normaliseArabic); after a count of eleven to
 * ninety-nine the singular takes the accusative (`12 عاما`, `30 يوما`, `18 شهرا`, `11 أسبوعا`).
 */
const AR_TIME_UNITS = 'ثوان|ثواني|ثانيه|دقيقه|دقائق|ساعه|ساعات|يوما|يوم|ايام|ليله|ليال|اسبوعا|اسبوع|اسابيع|شهرا|شهر|اشهر|شهور|سنه|سنوات|عاما|عام|اعوام';
/** Arabic duals, which carry their own number ("two weeks" is one word): اسبوعين، ساعتين، يومين. */
const AR_TIME_DUALS = `(?:${ARABIC_TIME_DUAL_STEMS.join('|')})(?:ين|ان)`;
const EN_COUNT = '(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a few|few|a couple of)';
/** "a week", "an hour" count one only after a word of span: "35,000 meals a day" is a rate. */
const EN_ONE = '(?:for|within|in|about|around|over|after|lasting|lasted|last|half)\\s+(?:about\\s+)?an?';
const AR_COUNT = '(?:\\d[\\d.,]*|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عشرين|ثلاثين|اربعين|خمسين|بضع|بضعه|عده)';

/**
 * A verb of lasting in Arabic, past, imperfect or future (`استمرت`، `تستمر`، `ستستمر`، `يدوم`، `تمتد`): a unit of time
 * right after it, indefinite and with no count (`تستمر عاما كاملا`, `استمر شهرا`), is one of that unit, its length.
 */
const AR_LASTING = '(?:(?:س?[يت])?ستمر|استمرت|دام|دامت|س?[يت]دوم|امتد|امتدت|س?[يت]متد)';
/** The indefinite accusative of a unit of time, which Arabic puts after a verb of lasting (see AR_LASTING). */
const AR_UNIT_ACCUSATIVE = '(?:ساعه|يوما|ليله|اسبوعا|شهرا|سنه|عاما)';

/**
 * A length of time: a count and a unit ("about four hours", "over ten days", "a week", "48 hours",
 * "أربع ساعات", "عشرة أيام"), an Arabic dual ("أسبوعين"), a unit alone after a word of span ("مدة أسبوع",
 * "خلال أسبوع") or after a verb of lasting (`تستمر عاما كاملا`, see AR_LASTING). Matched on folded text (see
 * normaliseArabic), case-insensitive.
 */
export const DURATION = new RegExp(
  `\\b(?:${EN_COUNT}|${EN_ONE})[\\s-]+${EN_TIME_UNITS}\\b|(?:^|\\s)(?:${AR_COUNT})\\s+(?:${AR_TIME_UNITS})(?=\\s|$|[.,،])|(?:^|\\s)[وبل]?${AR_TIME_DUALS}(?=\\s|$|[.,،])|(?:(?:مده|لمده|طوال)\\s+(?:ال)?|(?:خلال|غضون)\\s+)(?:${AR_TIME_UNITS})(?=\\s|$|[.,،])|(?:^|\\s)[وف]?${AR_LASTING}\\s+(?:نحو\\s+|قرابه\\s+|حوالي\\s+)?${AR_UNIT_ACCUSATIVE}(?=\\s|$|[.,،])`,
  'iu',
);

/**
 * A time from now, which answers "when" as a date would: "within ten days", "in two weeks", "later
 * this month", "خلال أسبوع", "في غضون أيام", "بعد يومين", "خلال الأيام المقبلة".
 */
export const WITHIN = new RegExp(
  `\\b(?:within|in|in about|in the next|over the next|after)\\s+(?:about\\s+|around\\s+|some\\s+)?(?:${EN_COUNT}|an?)[\\s-]+${EN_TIME_UNITS}\\b|\\b(?:in the coming|later this|early next|later next) (?:days|weeks|months|week|month|year)\\b|(?:^|\\s)(?:خلال|في غضون|غضون|بعد)\\s+(?:نحو\\s+)?(?:(?:${AR_COUNT})\\s+(?:${AR_TIME_UNITS})|${AR_TIME_DUALS}|(?:${AR_TIME_UNITS})|ال(?:${AR_TIME_UNITS})\\s+(?:المقبل|المقبله|القادم|القادمه))(?=\\s|$|[.,،])`,
  'iu',
);

/** The hours of a clock in English words ("six o'clock", "at ten in the morning"). */
const EN_CLOCK_HOURS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** An hour of a clock in digits or words, with its minutes when given ("10", "8:30", "ten"). */
const EN_CLOCK_HOUR = `(?:\\d{1,2}(?:[:.]\\d\\d)?|${EN_CLOCK_HOURS})`;

/**
 * A time of day: "8:30 p.m.", "1 a.m.", "at 10 am", "seven pm", "six o'clock", "at 10 in the morning", "noon", "midnight";
 * in Arabic a part of the day after an hour's number or ordinal ("الساعة 10 صباحا", "العاشرة صباحا", "8 مساء"). An hour and a
 * part of the day in English ("10 in the morning") only after a word that sets a time (at, by, from, until, …): in "killed 3
 * in the morning raid" the figure counts.
 */
export const TIME_OF_DAY = new RegExp(
  [
    `\\b\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)`,
    // An hour in words before "am" only with its dots: "no one am I" tells no time.
    `\\b(?:${EN_CLOCK_HOURS})\\s+(?:a\\.m\\.|p\\.m\\.|pm\\b)`,
    `\\b\\d{1,2}:\\d\\d\\b`,
    `\\b(?:\\d{1,2}|${EN_CLOCK_HOURS})\\s+o['’]?clock\\b`,
    `\\b(?:at|by|from|until|till|to|before|after|around|about|and)\\s+${EN_CLOCK_HOUR}\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b`,
    `\\b(?:noon|midday|midnight)\\b`,
    `(?:\\d|ه|ي|ين)\\s+(?:صباحا|مساء|ظهرا|عصرا|فجرا|ليلا)(?=\\s|$|[.,،])`,
    // The hours of a part of the day ("in the morning hours", "the early hours", `في ساعات الصباح`, `فترة المساء`): a time of day with no clock.
    `\\b(?:early|morning|afternoon|evening|night|small)\\s+hours\\b`,
    `(?:^|\\s)(?:ساعات|فتره|فترات)\\s+(?:ال)?(?:صباح|مساء|ظهر|ظهيره|عصر|ليل|فجر)(?=\\s|$|[.,،])`,
  ].join('|'),
  'iu',
);

/** A season as a time ("in the autumn", "this summer", "next spring", "في الخريف المقبل", "خلال الصيف"): it answers "when". */
export const SEASON =
  /\b(?:in|during|this|next|last|by|until|early|late|later this|over the)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b(?!\s+(?:camp|season|school|break|holiday|collection)\w*)|(?:^|\s)(?:في|خلال|هذا|مطلع|نهايه|منتصف)\s+(?:فصل\s+)?(?:الربيع|الصيف|الخريف|الشتاء)(?=\s|$|[.,،])|(?:الربيع|الصيف|الخريف|الشتاء)\s+(?:المقبل|القادم|الماضي)/iu;

/** A duration given by its end ("would last until Saturday evening", "تستمر حتى صباح الجمعة"): "how long" is answered so too. Folded or not: normaliseArabic writes حتى `حتي`. */
export const UNTIL = /\b(?:until|till|through)\s+(?:\w+\s+){0,2}?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|morning|evening|noon|midnight|next|the end|\d)|حت[ىي]\s+(?:\S+\s+){0,1}?(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|صباح|مساء|ظهر|منتصف|نهايه|الغد|غد|\d)/iu;

/** A day, a month or a figure a span may start or end on, folded. */
const SPAN_END = `(?:\\d|${EN_MONTH_DATE}|${EN_WEEKDAYS}|${AR_MONTHS}|${AR_WEEKDAYS})`;
/**
 * A length of time given by both its ends ("from April 15 to July 31", "between March 15 and 19",
 * "from Sunday through Thursday", `من 15 أبريل إلى 31 يوليو`, `بين الأحد والخميس`): "how long" is answered so too.
 */
export const SPAN = new RegExp(
  `\\bfrom\\s+(?:the\\s+)?${SPAN_END}\\S*(?:\\s+\\S+){0,2}?\\s+(?:to|until|till|through)\\s+(?:the\\s+)?${SPAN_END}|\\bbetween\\s+(?:the\\s+)?${SPAN_END}\\S*(?:\\s+\\S+){0,2}?\\s+and\\s+(?:the\\s+)?${SPAN_END}|(?:^|\\s)(?:من|بين)\\s+(?:يوم\\s+)?${SPAN_END}\\S*(?:\\s+\\S+){0,2}?\\s+(?:(?:ال[ىي]|حت[ىي]|لغايه)\\s+(?:يوم\\s+)?|و)${SPAN_END}`,
  'iu',
);

/**
 * A time that comes round ("every month", "every two weeks", `كل شهر`، `كل أسبوعين`): it answers "how often" (`كل متى`) as a
 * date answers "when". Not an adverb of rate alone ("2,800 tonnes daily", `يوميا`): that counts an amount over a period.
 */
export const RECURRING = new RegExp(
  `\\bevery\\s+(?:(?:other|${EN_COUNT})\\s+)?(?:day|night|week|month|year|morning|evening|weekend)s?\\b|(?:^|\\s)كل\\s+(?:(?:${AR_COUNT})\\s+)?(?:يوم|ليله|اسبوع|شهر|سنه|عام|ايام|اسابيع|اشهر|شهور|سنوات|اعوام|صباح|مساء|${AR_TIME_DUALS})(?=\\s|$|[.,،])`,
  'iu',
);
