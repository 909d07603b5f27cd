import { normaliseArabic } from '../text/analyse-arabic.js';
import { MONTH_NAMES } from '../text/month-names.js';

/** A period of the year: the months it spans (1 to 12), and its names in both languages. */
interface Period {
  months: readonly number[];
  english: readonly string[];
  arabic: readonly string[];
}

/** The seasons of the year as the Gulf has them (the Gulf `الشتا` too, the English "fall"), and each month by its names. */
const PERIODS: readonly Period[] = [
  { months: [12, 1, 2], english: ['winter'], arabic: ['شتاء', 'شتا'] },
  { months: [3, 4, 5], english: ['spring'], arabic: ['ربيع'] },
  { months: [6, 7, 8], english: ['summer'], arabic: ['صيف'] },
  { months: [9, 10, 11], english: ['autumn', 'fall'], arabic: ['خريف'] },
  ...MONTH_NAMES.map((month, i) => ({ months: [i + 1], english: [month.english, ...month.englishShort], arabic: month.arabic })),
];

/** After a period's Arabic name, the words that make it the last one (normalised): `اللي طاف`, `اللي فات`, `الماضي`, `السابق`, `المنصرم`. */
const LAST_AR = `\\s+(?:اللي\\s+(?:طاف|فات|راح)|الماضي|السابق|المنصرم)(?=[\\s.,،؟?]|$)`;

/** Each period asked as the last one: "last summer", "last january", `الشتا اللي طاف`, `الصيف الماضي`, `يناير اللي فات` (Arabic normalised). */
const LAST_PERIODS = PERIODS.map((period) => ({
  months: period.months,
  pattern: new RegExp(`\\blast\\s+(?:${period.english.join('|')})\\b|(?:^|\\s)(?:في\\s+)?(?:ال|بال)?(?:${period.arabic.map(normaliseArabic).join('|')})${LAST_AR}`, 'iu'),
}));

/** The months of the period of the year a text names as the last one ("last summer", `الشتا اللي طاف`, "last january"), if it names one. Pure. */
export function lastPeriodAsked(text: string): readonly number[] | undefined {
  const folded = normaliseArabic(text);
  return LAST_PERIODS.find(({ pattern }) => pattern.test(folded))?.months;
}

/** A year before told (Arabic normalised): "last year", "a year earlier", "the year before", `العام الماضي`, `السنة اللي طافت`. */
const YEAR_BEFORE = /\blast\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+(?:previous\s+)?year\s+before\b|(?:^|\s)(?:ال|بال|في\s+ال)(?:عام|سنه)\s+(?:الماضي|الماضيه|السابق|السابقه|اللي\s+(?:طاف|طافت|فات|فاتت))(?=[\s.,،؟?]|$)/iu;

/**
 * Whether a dispatch filed on `date` (YYYY-MM-DD) within the period of the year a question asks as the last one (`months`,
 * see lastPeriodAsked) tells only that period's own instance: asked how many were seized last summer, a dispatch filed in
 * July tells this summer's seizures, the last summer's being a year before, unless its story tells the period as the last
 * one or a year before ("30 last summer", "up from 30 last year"). A dispatch filed outside the period may look back on it
 * (asked in December, last summer's drownings): it is not judged here. `texts` are the dispatch's headline and paragraphs
 * and its story's other version. Pure.
 */
export function missesLastPeriod(months: readonly number[], date: string | undefined, texts: readonly string[]): boolean {
  if (date === undefined || !months.includes(Number(date.slice(5, 7)))) return false;
  return texts.every((text) => lastPeriodAsked(text)?.join() !== months.join() && !YEAR_BEFORE.test(normaliseArabic(text)));
}
