import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { spellArabicDuals } from '../text/spell-arabic-duals.js';
import { spellEnglishFigures } from '../text/spell-english-figures.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { holdsFiller, type SpeakerAsked } from './names-doer.js';
import { AR_MONTHS, AR_WEEKDAYS, EN_MONTH_DATE, EN_WEEKDAYS, UNTIL } from './calendar-words.js';
import { splitSentences } from './find-speaker.js';
import { CURRENCY_TOKENS, CURRENCY_WORDS } from './currency-words.js';
import { type Period, ratesTold } from './misses-rate-asked.js';

/**
 * Number words of both languages, as the analyser leaves them: Arabic in both genders ("أربع ساعات",
 * "أربعة أيام") and its tens. Not اثنين: the analyser folds it with الاثنين, the Monday the wire dates
 * its copy by ("يوم الاثنين المقبل"); the wire writes two as a figure or a dual.
 */
const NUMBER_WORDS = new Set(
  [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
    'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
    'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half', 'third', 'quarter',
    'واحد', 'ثلاثة', 'ثلاث', 'أربعة', 'أربع', 'خمسة', 'خمس', 'ستة', 'ست', 'سبعة', 'سبع', 'ثمانية', 'ثماني', 'تسعة', 'تسع', 'عشرة', 'عشر', 'عشرين',
    'عشرات', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين', 'مئة', 'مائة', 'مئات', 'ألف', 'آلاف', 'مليون',
    'ملايين', 'مليار', 'مليارات', 'نصف', 'ربع', 'ثلث',
  ].flatMap((word) => analyseText(word)),
);

/**
 * Whether an analysed token is a figure: digits, or a number word, alone or with a bare preposition
 * glued on (`بخمسة دنانير`, `لأربعة أيام`, `بثلاثة آلاف`): the analyser strips `بال` and `لل`, not `ب`, `ل` or
 * `ك` alone. Only a number word of three letters or more takes one: `لست` is "I am not", not "for six".
 */
export const isNumberToken = (token: string) => /\d/.test(token) || withGluedPreposition(token, (word) => (NUMBER_WORDS.has(word) ? true : undefined)) === true;

/**
 * `lookup` of a number word's analysed token, or of the word under a bare preposition glued on
 * (`بخمسة`: `خمسة`), the word three letters or more (see isNumberToken). Pure.
 */
export function withGluedPreposition<T>(token: string, lookup: (word: string) => T | undefined): T | undefined {
  return lookup(token) ?? (/^[بلك][\u0621-\u064A]{3,}$/u.test(token) ? lookup(token.slice(1)) : undefined);
}

/** Units a figure carries ("120 million dinars", "35 millimetres", "1.1 percent"): part of the figure, not words between it and what it measures. */
const UNITS = new Set(
  [
    ...CURRENCY_WORDS, 'percent', 'pct', 'point', 'points', 'metre', 'metres',
    'meter', 'meters', 'kilometre', 'kilometres', 'km', 'millimetre', 'millimetres', 'mm', 'tonne', 'tonnes', 'ton', 'tons', 'barrel', 'barrels',
    'المئة', 'نقطة', 'متر', 'أمتار', 'كيلومتر', 'كيلومترا', 'ملليمتر', 'ملليمترا', 'طن', 'أطنان', 'برميل',
  ].flatMap((word) => analyseText(word)),
);
const isFigurePart = (token: string) => isNumberToken(token) || UNITS.has(token);
/** Units of time: a figure that carries one ("a 25-minute display", `أربع ساعات`) is a length of time, not a count of what stands by it. */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
    'دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'أيام', 'يوما', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'سنة', 'سنوات', 'أعوام', 'عاما'].flatMap((word) => analyseText(word)),
);

/** Words that make the figure after them an age ("aged 12", "the age of 60", `سن الستين`, `بعمر 5`): a figure of years, no count. */
const AGE_BEFORE_FIGURE = new Set(['age', 'aged', 'سن', 'بسن', 'عمر', 'بعمر'].flatMap((word) => analyseText(word)));

/**
 * How many analysed tokens stand between the nearest figure (a run of numbers and their units) and
 * one of `at`: 0 when one stands inside it or right next to it, Infinity when the sentence has no
 * figure or `at` is empty. A figure of a unit of time, or an age, is no count of anything else. A currency written before the amount ("KD 2") is part of it too.
 * A figure followed by a word `countsNext` names counts that word: an Arabic one only, none further on; an English one, nothing before the figure.
 */
export function figureDistance(tokens: readonly string[], at: readonly number[], countsNext: (token: string) => boolean = () => false): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNumberToken(tokens[i] as string)) continue;
    // A length of time counts its unit, not the thing beside it ("a 25-minute fireworks display"), unless that unit is what is asked.
    if (TIME_UNITS.has(tokens[i + 1] as string) && !at.includes(i + 1)) continue;
    // An age counts years, not the people beside it ("patients over the age of 60", `المرضى فوق سن الستين`), unless age is what is asked.
    if (i > 0 && AGE_BEFORE_FIGURE.has(tokens[i - 1] as string) && !at.includes(i - 1)) continue;
    let start = i;
    // The wire writes a currency before the amount as well as after it ("a fee of KD 2", "USD 40 million").
    while (start > 0 && CURRENCY_TOKENS.has(tokens[start - 1] as string)) start -= 1;
    let end = i;
    while (end + 1 < tokens.length && isFigurePart(tokens[end + 1] as string)) end += 1;
    // A word right after the figure that `countsNext` names is what it counts (`4800 فسيلة على المواطنين`, "212 companies").
    const next = tokens[end + 1] ?? '';
    const counts = countsNext(next) ? end + 1 : undefined;
    // Arabic: a word further on is not counted. English writes the thing counted after its figure, its head maybe after a modifier
    // ("212 warning notices"): a figure a known noun follows counts nothing before it ("inspectors caught 212 companies").
    const after = counts !== undefined && !isArabicScript(next);
    for (const p of at) if (after ? p > end : counts === undefined || p <= counts) best = Math.min(best, p < start ? start - p : p > end ? p - end : 0);
  }
  return best;
}


/**
 * Where a sentence's analysed tokens hold a count of something: a figure with no unit ("14,000
 * people", `14 ألف زائر`), not an amount of money, a share, a measure or a length of time. Pure.
 */
export function countPositions(tokens: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const before = tokens[i - 1];
    if (!isNumberToken(tokens[i] as string) || (before !== undefined && (isNumberToken(before) || CURRENCY_TOKENS.has(before)))) continue;
    let end = i;
    while (end + 1 < tokens.length && isNumberToken(tokens[end + 1] as string)) end += 1;
    const unit = tokens[end + 1];
    if (unit !== undefined && (UNITS.has(unit) || TIME_UNITS.has(unit))) continue;
    for (let k = i; k <= end; k += 1) at.push(k);
  }
  return at;
}


const DAY_OR_MONTH =
  `(?:\\d|${EN_MONTH_DATE}|${EN_WEEKDAYS}|tomorrow|next|${AR_MONTHS}|${AR_WEEKDAYS}|غد|الغد|مطلع|منتصف|بدايه)`;
/** A deadline for something to be ready ("operational by 2029", "بحلول عام 2029"): when it starts working. */
const BY_YEAR_OR_MONTH =
  `(?:\\bby\\s+(?:the end of\\s+|early\\s+|mid-?\\s*|late\\s+)?|بحلول\\s+(?:نهايه\\s+|عام\\s+|العام\\s+)?)(?:(?:19|20)\\d\\d|${EN_MONTH_DATE}|${AR_MONTHS})`;
/** A date given as where something begins ("from April 15", "as of Sunday", "اعتبارا من 15 أبريل"): it answers when it starts. */
const FROM_DATE = new RegExp(
  `(?:\\b(?:from|as of|as from|starting|effective|beginning)\\s+(?:(?:the|early|mid|late)\\s+)?|(?:^|\\s)(?:اعتبارا من|ابتداء من|بدءا من|من)\\s+(?:يوم\\s+)?)${DAY_OR_MONTH}|${BY_YEAR_OR_MONTH}`,
  'iu',
);
/** A date given as where something ends ("until July 31", "حتى 31 يوليو"): it answers when it ends. Folded: normaliseArabic writes حتى `حتي`. Not إلى: it is "to" of a figure as often as of a day ("إلى 1100 درجة", "من 6 إلى 9 صباحا"). */
const UNTIL_DATE = new RegExp(`(?:\\b(?:until|till|to|through)\\s+(?:the\\s+)?|(?:^|\\s)حت[ىي]\\s+(?:يوم\\s+)?)${DAY_OR_MONTH}`, 'iu');
/** The lexicon's words for a beginning and an end (wire-lexicon-data.ts), as a sentence that dates one is taken to name it. */
export const START = ['start', 'بدء'].flatMap((word) => analyseText(word));
export const END = ['end', 'أنهى'].flatMap((word) => analyseText(word));

/** The words for each period a rate is counted over, in both languages, as the analyser leaves them. */
const PERIOD_WORDS: ReadonlyMap<Period, string[]> = new Map(
  ([['day', ['day', 'يوم']], ['week', ['week', 'أسبوع']], ['month', ['month', 'شهر']], ['year', ['year', 'سنة', 'عام']]] as const).map(
    ([period, words]) => [period, words.flatMap((word) => analyseText(word))],
  ),
);

/**
 * A sentence's analysed tokens, with the period its rates are counted over ("2,800 tonnes daily",
 * `450 متبرعا يوميا`, "every week": a day, a week, asked "a day" or `كل يوم`, whose adverb the analyser
 * keeps apart), and for "when" the beginning or end its dates mark: "the ban runs from April 15 to
 * July 31" names when it starts and when it ends, as the wire's paraphrase of "start" and "end".
 */
export function analyseWithDateMarks(sentence: string, type: AnswerType | null): string[] {
  const tokens = [...analyseText(sentence), ...[...ratesTold(sentence)].flatMap((period) => PERIOD_WORDS.get(period) ?? [])];
  if (type !== 'date') return tokens;
  const folded = normaliseArabic(sentence).toLowerCase();
  return [...tokens, ...(FROM_DATE.test(folded) ? START : []), ...(UNTIL_DATE.test(folded) ? END : [])];
}

/**
 * A sentence's analysed tokens as a typed question's fact is looked for in them (see analyseWithDateMarks); for "how many" with
 * each Arabic dual written as the figure it tells (`بدينارين`: `2 دينار`, see spellArabicDuals), and each English figure the article
 * writes ("a single egg": `one egg`, see spellEnglishFigures), so that it stands by what it counts.
 */
export const fillerTokens = (sentence: string, type: AnswerType): string[] => analyseWithDateMarks(type === 'number' ? spellEnglishFigures(spellArabicDuals(sentence)) : sentence, type);

/** How many analysed tokens may stand between a figure and what it measures ("visibility to less than 500 metres", "41 ألف طالب"). */
export const NEAR = 3;

/**
 * Whether a passage holds the fact asked for where it belongs: one sentence holds a filler of the
 * asked type (a date for "when", a cause for "why" …) and names a concept the question asks about
 * (`linkedAt`: the positions in a sentence's analysed tokens where one stands); for "how many" the
 * figure (with its units: "120 million dinars", "KD 2") stands within NEAR tokens of it, unless the sentence gives an end ("until Saturday": how long). For "how long" a length of time anywhere in the sentence ("restored about four hours after the cut") answers: it measures the event the sentence tells, not a word next to it. A near miss fails here: the school's "dozens killed" does
 * not count the displaced it shelters, the day a law was approved is not the day it takes effect.
 * Pure.
 */
export function linksAnswerFiller(text: string, type: AnswerType, linkedAt: (tokens: readonly string[]) => number[], speakerAsked: SpeakerAsked = false, kindAnswers = true): boolean {
  return splitSentences(text).some((sentence) => {
    const until = type === 'number' && UNTIL.test(normaliseArabic(sentence));
    if (!holdsFiller(sentence, type, speakerAsked, kindAnswers) && !until) return false;
    const tokens = fillerTokens(sentence, type);
    const at = linkedAt(tokens);
    if (at.length === 0) return false;
    if (type !== 'number' || until) return true;
    return figureDistance(tokens, at) <= NEAR;
  });
}
