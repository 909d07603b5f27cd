import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';
import { AR_MONTHS, EN_MONTH_WORDS, STANDALONE_YEAR } from './calendar-words.js';
import { tellsMoney } from './tells-money.js';

/** An exact figure asked: "exactly", "precisely", "the exact number", `بالضبط` (Gulf `بالظبط`, `بالزبط`), `بالتحديد`, `تحديدا`. Arabic normalised. */
const EXACT_ASKED = /\b(?:exact|exactly|precise|precisely)\b|(?:^|\s)(?:بالضبط|بالظبط|بالزبط|بالتحديد|تحديدا)(?=[\s.,،؛:؟?)]|$)/iu;

/** A figure in wire copy: digits, or a number word of either language (Arabic normalised, whole words). */
const FIGURE = new RegExp(
  `\\d[\\d.,]*|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)s?\\b|(?<=^|\\s)[وب]?(?:اثنان|اثنين|اثنتان|اثنتين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عشرين|عشرون|ثلاثين|ثلاثون|اربعين|اربعون|خمسين|خمسون|ستين|ستون|سبعين|سبعون|ثمانين|ثمانون|تسعين|تسعون|مئه|مائه|مئات|الف|الاف|الفا|مليون|ملايين|مليار)${ARABIC_WORD_END}`,
  'giu',
);

/**
 * A figure hedged, told as an estimate or a bound, by the words right before it (a currency word may
 * stand between): "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over",
 * "more than", "less than", "fewer than", "under", "up to", "as many as", "as much as", "close to",
 * "at least", "at most", "no more than", "in excess of", "upwards of", "an estimated", `نحو`, `حوالي`,
 * `قرابة`, `زهاء`, `ما يقارب`, `ما يزيد على`, `أكثر من`, `أقل من`, `تصل إلى`, `يصل إلى`, `لا يقل عن`.
 */
const HEDGE_BEFORE = new RegExp(
  `(?:\\b(?:about|around|nearly|almost|approximately|roughly|some|over|more\\s+than|less\\s+than|fewer\\s+than|under|up\\s+to|as\\s+(?:many|much)\\s+as|close\\s+to|at\\s+least|at\\s+most|no\\s+more\\s+than|in\\s+excess\\s+of|upwards\\s+of|an\\s+estimated)|(?:^|\\s)(?:[وب]?نحو|[وب]?حوالي|حوالى|[وب]?قرابه|[وب]?زهاء|(?:ما\\s+)?يقارب|(?:ما\\s+)?(?:يزيد|تزيد)\\s+(?:على|عن|علي)|اكثر\\s+من|اقل\\s+من|(?:تصل|يصل|وصلت|وصل)\\s+(?:الى|الي|ل)|(?:لا|ما\\s+لا)\\s+(?:يقل|تقل)\\s+عن))\\s+(?:(?:kd|\\$|us\\$|dinars?|دينار|دولار)\\s*)?$`,
  'iu',
);

/** A figure hedged by the words right after it: "or so", "or more", `تقريبا`. */
const HEDGE_AFTER = /^\s*(?:\S+\s+)?(?:or\s+so\b|or\s+more\b|approximately\b|تقريبا(?=[\s.,،؛:؟?)]|$))/iu;

/**
 * A day of a month or a year, which counts nothing: "August 7", `7 أغسطس`, `8 - 8`, "2026".
 * A month as a whole word: "7 markets", "decision 12" are no dates. */
const DATE_AFTER = new RegExp(`^\\s*(?:-\\s*\\d|\\b(?:${EN_MONTH_WORDS})\\b|(?:${AR_MONTHS}))`, 'iu');
const DATE_BEFORE = new RegExp(`(?:\\b(?:${EN_MONTH_WORDS})\\b\\.?|(?:${AR_MONTHS}))\\s*$|\\d\\s*-\\s*$`, 'iu');
const isDate = (folded: string, at: number, figure: string): boolean =>
  (STANDALONE_YEAR.test(figure) && figure.length === 4) || DATE_AFTER.test(folded.slice(at + figure.length, at + figure.length + 12)) || DATE_BEFORE.test(folded.slice(Math.max(0, at - 12), at));

/** Whether a question asks an exact figure (see EXACT_ASKED). Pure. */
export const asksExact = (question: string): boolean => EXACT_ASKED.test(normaliseArabic(question));

/**
 * Whether a passage misses the exact figure asked: every figure it tells (every amount of money, when
 * money is asked) is hedged as an estimate or a bound ("up to KD 1,000", `نحو ثلاثة أطنان`): asked the
 * fine exactly, a story telling only its ceiling does not say. A passage with no such figure is left to
 * the other checks. Pure.
 */
export function missesExactAsked(text: string, money: boolean): boolean {
  const folded = normaliseArabic(text);
  const figures = [...folded.matchAll(FIGURE)].filter((m) => !isDate(folded, m.index, m[0])).filter((m) => !money || tellsMoney(folded.slice(Math.max(0, m.index - 6), m.index + m[0].length + 16)));
  if (figures.length === 0) return false;
  return figures.every((m) => HEDGE_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index)) || HEDGE_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 30)));
}
