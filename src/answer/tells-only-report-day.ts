import { normaliseArabic } from '../text/analyse-arabic.js';
import { AR_MONTHS, AR_WEEKDAYS, EN_MONTH_WORDS, EN_WEEKDAYS, RECURRING, SEASON, STANDALONE_YEAR, TIME_OF_DAY, WITHIN } from './calendar-words.js';

/**
 * "When" asked of another time than the one a report tells: the next one ("when's the next tournament",
 * `متى البطولة الجايه`, `المقبله`) or when a thing began ("when was it set up", "founded", `متى تاسس`). The
 * day the wire files on is the day of what it reports (a win, a first session, a statement): not the next
 * instance, nor the founding. Arabic normalised (ة → ه, أ → ا).
 */
const ANOTHER_TIME_ASKED =
  /\b(?:next|upcoming|set up|founded|established|launched first|first set up)\b|(?:^|\s)(?:ال)?(?:جاي|جايه|ياي|يايه|قادم|قادمه|مقبل|مقبله)(?=[\s.,،؟?]|$)|(?:^|\s)(?:تاسس|تاسست|اسس|اسست|انشئ|انشئت|تاسيس|انشاء)(?=[\s.,،؟?]|$)/iu;

/**
 * "When" asked of a time still to come ("when will the clinic open", `متى بيفتحون`, `متى يطلع`, `متى سيبدا`): the day a
 * report was filed is the day it told what was planned or done, not the day of what it leaves to come. English by
 * "will", "going to", "'ll"; Arabic by the verb right after `متى`: an imperfect (`يـ`, `تـ`), a colloquial future (`بيـ`,
 * `بتـ`, `بنـ`, `راح`, `رح`) or a written one (`سيـ`, `ستـ`, `سنـ`). `يوم` and the months that begin with `يـ` are nouns; so
 * are `تاريخ`, a verbal noun `تفعيل` (`تسجيل`, `توزيع`) and a plural in `ـات` (`تصفيات`).
 */
const TIME_TO_COME_ASKED =
  /\bwhen\b.*\b(?:will|going to|gonna)\b|\bwhen'll\b|(?:^|\s)(?:متي|امتي|ايمتي)\s+(?:راح\s|رح\s|(?!يوم|يناير|يونيو|يوليو)(?:ي|بي|بت|بن|سي|ست|سن|ت(?!اريخ|[\u0621-\u064a]{2}ي[\u0621-\u064a](?![\u0621-\u064a])|[\u0621-\u064a]*ات(?![\u0621-\u064a])))[\u0621-\u064a]{2,})/iu;

/** Whether a "when" question asks the next instance, a beginning or a time to come (see ANOTHER_TIME_ASKED, TIME_TO_COME_ASKED). Pure. */
export const asksAnotherTime = (question: string): boolean => {
  const folded = normaliseArabic(question);
  return ANOTHER_TIME_ASKED.test(folded) || TIME_TO_COME_ASKED.test(folded);
};

const EN_DAYS = EN_WEEKDAYS.split('|');
const AR_DAYS = AR_WEEKDAYS.split('|');

/**
 * A time other than the report's own day: a month, a year, a season, a time from now ("within a
 * week"), tomorrow, next week or month, a weekday but the one filed on (`weekday`, 0 = Sunday), a time that comes round
 * ("every month", `كل شهر`), or an hour (`من الثامنة صباحا`, "from 8 a.m."): the hours a thing keeps are the answer to "when does it open", not its filing day.
 */
function anotherTime(weekday: number): RegExp {
  const otherDays = [...EN_DAYS.filter((_, i) => i !== weekday), ...AR_DAYS.filter((_, i) => i !== weekday)];
  return new RegExp(
    `\\b(?:${EN_MONTH_WORDS})\\b|(?:${AR_MONTHS})|\\b(?:tomorrow|next (?:week|month|year|season))\\b|(?:^|\\s)(?:غدا|بعد غد)(?=\\s|$|[.,،])|(?:الاسبوع|الشهر|العام|الموسم) (?:المقبل|القادم)|\\b(?:${otherDays.join('|')})\\b|${STANDALONE_YEAR.source}|${SEASON.source}|${WITHIN.source}|${RECURRING.source}|${TIME_OF_DAY.source}`,
    'iu',
  );
}

/** anotherTime for each day of the week a dispatch may be filed on, built once. */
const ANOTHER_TIME: readonly RegExp[] = [0, 1, 2, 3, 4, 5, 6].map(anotherTime);

/**
 * Whether a passage tells no time but the day it was filed (`date`, YYYY-MM-DD): "on Saturday", `اليوم
 * السبت`, today, yesterday. Asked when the next one is, or when a thing began, such a passage dates what it
 * reports, not what is asked. Pure.
 */
export function tellsOnlyReportDay(passage: string, date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return !(ANOTHER_TIME[weekday] ?? anotherTime(weekday)).test(normaliseArabic(passage));
}
