import { localTime } from '../scheduler/local-time.js';
import { shiftDate } from '../shift-date.js';
import { reportDayMatch, withoutStatementDays } from './report-day-match.js';
import { MONTH_NAMES, type MonthNames, arabicMonthNames, longestFirst } from '../text/month-names.js';

/** The English months' names and first three letters, January first (month-names.ts): a question writes either. */
const englishMonthNames = MONTH_NAMES.map((month) => month.english);
const englishMonths = englishMonthNames.map((name) => name.slice(0, 3));
/** Each Arabic form of a month's name as written (month-names.ts: Egypt's and the Gulf's, the Levant's), and its number. */
const arabicMonths = new Map(MONTH_NAMES.flatMap((month, i) => arabicMonthNames(month).map((name) => [name, i + 1] as const)));
const AR_NAMES = longestFirst(arabicMonths.keys());
/** The Arabic names of a month (1-12). */
const arabicNamesOf = (month: number): readonly string[] => arabicMonthNames(MONTH_NAMES[month - 1] as MonthNames);
/**
 * "last" asks for the newest unless it names a time ("last week", "last Wednesday"), the instance before
 * the current of a yearly thing ("last season", "last Ramadan", "last Eid"; chat's "last years festival" for "last year's"), or is the verb: at the question's end
 * ("how long did the show last?") or after "to" or a modal ("expected to last"). "The last day", "the last date", "the last
 * chance" (آخر موعد، آخر يوم، آخر مهلة، آخر فرصة) ask a deadline, not the newest.
 * آخر before a span of time is its end, not the newest ("آخر الأسبوع", "آخر الشهر": the end of the week, of the month).
 */
const LATEST =
  /\b(?:latest|newest|recent|(?<!\b(?:to|will|would|could|can|should|may|might)\s+)last(?!\s+(?:week|night|month|(?:year|season|edition|ramadan|eid)s?|day|date|chance|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b)(?!\s*[?؟.!]*\s*$))\b|(?:^|\s)(?:آخر|أحدث|اخر|احدث)(?=\s|$)(?!\s+(?:هال|ال)?(?:[اأ]سبوع|شهر|سن[ةه]|عام)(?=[\s؟?.,،!]|$))(?!\s+(?:موعد|يوم|مهل[ةه]|فرص[ةه])(?=[\s؟?.,،!]|$))/giu;
/** آخر or نهاية before a span of time ("آخر الأسبوع"): the span's word stays a topic word (the weekly round-up), "end" goes. */
const END_OF_SPAN = /(?:^|(?<=\s))(?:آخر|اخر|نهاي[ةه])(?=\s+(?:هال|ال)?(?:[اأ]سبوع|شهر|سن[ةه]|عام)(?=[\s؟?.,،!]|$))/gu;
/**
 * "The latest news on X", "آخر خبر عن X", "آخر مستجدات X" ask for the newest on X: the word for news
 * after "latest" names no topic (every dispatch is news), so it goes with "latest".
 */
const LATEST_NEWS =
  /\b(latest|newest)\s+(?:news|updates?|developments)\b|(?:^|(?<=\s))(آخر|أحدث|اخر|احدث)\s+(?:ال)?(?:خبر|[أا]خبار|مستجدات|تطورات)(?=[\s؟?.,،!]|$)/giu;
const A = '[اأإآ]';
/** Weekday names, Sunday first (getUTCDay order): English, then the Arabic stem after ال. */
const WEEKDAYS: Array<[string, string]> = [
  ['sunday', `${A}حد`], ['monday', `${A}ثنين`], ['tuesday', 'ثلاثاء'], ['wednesday', `${A}ربعاء`],
  ['thursday', 'خميس'], ['friday', 'جمع[ةه]'], ['saturday', 'سبت'],
];
const EN_WEEKDAY = `(${WEEKDAYS.map(([en]) => en).join('|')})`;
/** A weekday's possessive, with or without its apostrophe ("sunday's piece", "sundays kuna piece"): the same day. */
const POSSESSIVE = "(?:['’]?s)?";
const AR_WEEKDAY = `(?:يوم\\s+|يومي\\s+)?(?:ال)?(${WEEKDAYS.map(([, ar]) => ar).join('|')})`;
/**
 * What ends an Arabic word (no \b for Arabic letters in JS): a space, a stop, or a bracket, colon or dash closing the clause
 * the asker put the day in (`(الخبر نزل أمس)`, `كونا نزلت شي اليوم: …`).
 */
const END = '(?=[\\s؟?.,،!:;؛)\\]—–]|$)';
/** What starts one: a space, a comma, or a bracket opening the clause (`(أمس …)`). */
const START = '(?:^|(?<=[\\s،,(\\[]))';

interface Relative {
  pattern: RegExp;
  resolve: (today: string, match: RegExpExecArray, weekStart: number) => { since: string; until: string } | { prefer: string };
}

/** Zones whose week starts on Sunday (the Gulf and its neighbours); elsewhere it starts on Monday. */
const SUNDAY_WEEK = /^(?:Asia\/(?:Kuwait|Riyadh|Qatar|Bahrain|Dubai|Muscat|Baghdad|Amman|Beirut|Damascus|Jerusalem|Gaza|Hebron|Aden|Tel_Aviv)|Africa\/Cairo)$/;
/** The first day of the calendar week holding `today`. */
const weekStartOf = (today: string, weekStart: number) => lastWeekday(today, weekStart, false);
const thisWeek = (today: string, weekStart: number) => ({ since: weekStartOf(today, weekStart), until: today });
const lastWeek = (today: string, weekStart: number) => {
  const start = weekStartOf(today, weekStart);
  return { since: shiftDate(start, -7), until: shiftDate(start, -1) };
};

const day = (date: string) => ({ since: date, until: date });
/** The most recent date on or before `today` (strictly before, if `before`) that falls on `weekday`. */
function lastWeekday(today: string, weekday: number, before: boolean): string {
  const current = new Date(`${today}T00:00:00Z`).getUTCDay();
  let back = (current - weekday + 7) % 7;
  if (back === 0 && before) back = 7;
  return shiftDate(today, -back);
}
const weekdayIndex = (name: string) => WEEKDAYS.findIndex(([en, ar]) => en === name.toLowerCase() || new RegExp(`^${ar}$`).test(name));

/** Relative dates, most specific first: resolved against the asker's local today. */
const RELATIVE: Relative[] = [
  { pattern: new RegExp(`\\blast\\s+${EN_WEEKDAY}${POSSESSIVE}\\b`, 'iu'), resolve: (t, m) => day(lastWeekday(t, weekdayIndex(m[1] as string), true)) },
  { pattern: new RegExp(`${START}${AR_WEEKDAY}\\s+(?:الماضي|الفائت|اللي\\s+فات|اللي\\s+طاف)${END}`, 'u'), resolve: (t, m) => day(lastWeekday(t, weekdayIndex(m[1] as string), true)) },
  { pattern: /\blast\s+week\b|\bthe\s+week\s+before\b/iu, resolve: (t, _m, w) => lastWeek(t, w) },
  { pattern: new RegExp(`${START}(?:ال)?${A}سبوع\\s+(?:الماضي|الفائت|المنصرم|اللي\\s+فات|اللي\\s+طاف)${END}`, 'u'), resolve: (t, _m, w) => lastWeek(t, w) },
  { pattern: /\bthis\s+week\b/iu, resolve: (t, _m, w) => thisWeek(t, w) },
  { pattern: /\b(?:the\s+)?past\s+(?:7\s+days|week)\b/iu, resolve: (t) => ({ since: shiftDate(t, -6), until: t }) },
  { pattern: new RegExp(`${START}(?:هال${A}سبوع|هذا\\s+ال${A}سبوع|ال${A}سبوع\\s+(?:الحالي|الجاري|هذا))${END}`, 'u'), resolve: (t, _m, w) => thisWeek(t, w) },
  // The possessive names the same day, written with or without its apostrophe ("yesterday's bulletin", "yesterdays wire").
  { pattern: /\byesterday(?:['’]?s)?\b|\blast\s+night(?:['’]?s)?\b/iu, resolve: (t) => day(shiftDate(t, -1)) },
  { pattern: new RegExp(`${START}(?:يوم\\s+)?(?:(?:ال)?${A}مس|البارح[ةه]?)${END}`, 'u'), resolve: (t) => day(shiftDate(t, -1)) },
  { pattern: /\btoday(?:['’]?s)?\b|\btonight(?:['’]?s)?\b|\bthis\s+(?:morning|afternoon|evening)(?:['’]?s)?\b/iu, resolve: (t) => day(t) },
  // Not `اليوم العالمي / الدولي / الوطني` (a world, international or national day): an occasion's name, not today. Nor `في اليوم`
  // closing the question (`كم مريض تعالج في اليوم؟`, how many a day): a rate's period, as "a day" is in English, not the day of the news.
  // Nor `اليوم` before a relative pronoun (`اليوم اللي ما يصير يكون يوم الدوام`, the day that cannot be the home day): a day described, not today.
  { pattern: new RegExp(`${START}(?:(?:(?<!(?:^|\\s)في\\s+)اليوم|اليوم(?!\\s*(?:[؟?!.]|$)))(?!\\s+(?:ال)?(?:عالمي|دولي|وطني|عربي|خليجي|[اأ]ولمبي)(?=[\\s؟?.,،!]|$))(?!\\s+(?:اللي|الي|الذي|التي|اللى)(?=[\\s؟?.,،!]|$))|هاليوم|النهارد[هة])${END}`, 'u'), resolve: (t) => day(t) },
  // News of tomorrow is filed today ("any school tomorrow?", "في دوام باجر؟"): today's dispatches first.
  { pattern: /\btomorrow\b/iu, resolve: (t) => ({ prefer: t }) },
  { pattern: new RegExp(`${START}(?:غدا|بكر[ةه]|باجر|باكر)${END}`, 'u'), resolve: (t) => ({ prefer: t }) },
  // A bare weekday may be past ("what did Kuwait condemn on Thursday") or coming ("will it rain on Friday"): a preference, not a filter.
  { pattern: new RegExp(`\\b(?:on\\s+|this\\s+)?${EN_WEEKDAY}${POSSESSIVE}\\b`, 'iu'), resolve: (t, m) => ({ prefer: lastWeekday(t, weekdayIndex(m[1] as string), false) }) },
  { pattern: new RegExp(`${START}${AR_WEEKDAY}${END}`, 'u'), resolve: (t, m) => ({ prefer: lastWeekday(t, weekdayIndex(m[1] as string), false) }) },
];

const EN_SHORT = englishMonths.join('|');
const ENGLISH_DAY = new RegExp(
  `\\b(?:on\\s+)?(?:(${EN_SHORT})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_SHORT})[a-z]*)\\b(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
/** A day and a month's name (`5 فبراير`, `5 من شهر تشرين الثاني`, `5 بفبراير 2026`). */
const ARABIC_DAY = new RegExp(`(?:(?:يوم|في)\\s+)?(?<!\\d)(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?(?:ب|في)?(${AR_NAMES})(?:\\s+(\\d{4}))?${END}`, 'gu');
/**
 * A day written in figures, day first as the Gulf writes it (`4/2/2026`, `4/2`, `4-2-2026`, `4.2.2026`), or ISO (`2026-02-04`).
 * Written with dots or hyphens it needs its year: a bare `2.5` is a decimal ("2.5 percent", "1.5 million", "3.2%"), not
 * 2 May, and a bare `6-3` is a score ("beat Salmiya 6-3", `فاز 6-3`) or a span, not 6 March. A `يوم` or `في` before it
 * (`خبر يوم 11/11`) is the date's wording, taken with it as with a month's name, not a word the answer must hold.
 */
const NUMERIC_DAY = /(?:(?:يوم|في)\s+)?(?<![\d/.-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}))?|-(\d{1,2})-(\d{4}))|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\d/-]|\.\d)/u;
/**
 * A day in figures written with spaces around its stroke or dash (`يوم 9 - 12`, `بتاريخ 9 / 12 / 2026`): read as a date only
 * after `يوم` or `بتاريخ`, which say a day follows; elsewhere `9 - 12` is a span or a score.
 */
const SPACED_DAY = /(?:يوم|بتاريخ)\s+(?<![\d/.-])(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?(?![\d/-]|\.\d)/u;
/** The month before the asker's: "last month", "the previous month", الشهر الماضي، الشهر اللي فات. */
const LAST_MONTH = new RegExp(`\\blast\\s+month\\b|\\bthe\\s+(?:previous|past)\\s+month\\b|${START}(?:ال)?شهر\\s+(?:الماضي|الفائت|المنصرم|السابق|اللي\\s+فات|الي\\s+فات|اللي\\s+طاف)${END}`, 'iu');

/**
 * Words of time that name no day to filter on: the weekend, this year (`هذا العام`, `هالسنة`), this month (`هالشهر`,
 * `هذا الشهر`: the asker's month, or the report's own words quoted, "counted this month", which may be another).
 */
const WEEKEND = /\b(?:this\s+)?weekend\b|\bthis\s+(?:year|month)\b|(?:^|\s)(?:هذا\s+العام|هذه\s+السنة|هالسنة|هالسنه|العام\s+الحالي|العام\s+الجاري|هالشهر|هذا\s+الشهر|الشهر\s+(?:الحالي|الجاري))(?=[\s؟?.,،]|$)/giu;

/**
 * A month named without a day, as the time of what is asked ("inflation in January", "for December",
 * "لشهر يناير", "في فبراير", "April salaries", `رواتب أبريل`): after a preposition or "month", or before a
 * year, so that "may" and "march" the verbs, and مارس the verb, are not read as months; the other
 * months' full names are months wherever they stand.
 */
const ENGLISH_MONTH = new RegExp(
  `\\b(?:(?:in|for|of|during|since|until|through)\\s+(?:the\\s+month\\s+of\\s+)?(${EN_SHORT})[a-z]*\\b|(${englishMonthNames.filter((name) => name !== 'may').join('|')})(?:'s|\\s+\\d{4})\\b|(${englishMonthNames.filter((name) => name !== 'may' && name !== 'march').join('|')})\\b)`,
  'i',
);
/** The Gregorian names but مارس, also the verb: months wherever they stand. */
const AR_STANDING = longestFirst(MONTH_NAMES.flatMap((month) => month.arabic).filter((name) => name !== 'مارس'));
const ARABIC_MONTH = new RegExp(`(?:^|\\s)(?:(?:في|خلال|منذ|حتى)\\s+(?:شهر\\s+)?|[لب]?شهر\\s+|[لب])(${AR_NAMES})(?=[\\s؟?.,،!]|$)|(?:^|\\s)(${AR_STANDING})(?=[\\s؟?.,،!]|$)`, 'gu');

/** The word "month" right before a month's name: `شهر`, `لشهر`, `بشهر`, "the month of". */
const MONTH_WORD = new RegExp(`\\bthe\\s+month\\s+of\\b|(?:^|\\s)[لب]?شهر(?=\\s+(?:${AR_NAMES})(?=[\\s؟?.,،!]|$))`, 'giu');

export interface QuestionDates {
  /** the local days the question asks about, inclusive ("on Feb 6", "yesterday", "this week") */
  range?: { since: string; until: string };
  /** a bare weekday's most recent date: dispatches of that day first, others not excluded */
  prefer?: string;
  /** the day and month a question names ("on 25 February", "25 فبراير", "25/2"): a passage that names them is about that day whenever it was filed */
  named?: { month: number; day: number };
  /** a month named without a day ("in January", "لشهر يناير"), or "last month" (`الشهر الماضي`, the asker's month before): the time of the fact asked, whenever it was filed */
  month?: number;
  /** the year of "last month" (the asker's month before: December of the year before, asked in January); a month named without a year has none */
  monthYear?: number;
  /** the question asks for the newest ("latest", "آخر") */
  latest: boolean;
  /** the question without its date words (days, weekdays, "latest"), for matching topics */
  rest: string;
}

const iso = (year: number, month: number, date: number) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

/** A day named without a year is the most recent such day: a wire question is about the past. */
function withYear(today: string, month: number, date: number, year?: string): string {
  if (year) return iso(Number(year), month, date);
  const thisYear = Number(today.slice(0, 4));
  const candidate = iso(thisYear, month, date);
  return candidate > today ? iso(thisYear - 1, month, date) : candidate;
}

/** Whether a month and a day in figures can be a date (`13/25` is not). */
const isDayOfYear = (month: number, date: number) => month >= 1 && month <= 12 && date >= 1 && date <= 31;

/** A question naming one day (`words`, as it names it): that day in the asker's year (see withYear), and the question without it. */
function namedDay(today: string, rest: string, words: string, month: number, date: number, year?: string): Omit<QuestionDates, 'latest'> {
  return { range: day(withYear(today, month, date, year)), named: { month, day: date }, rest: stripWeekdays(rest.replace(words, ' ')) };
}

/**
 * Dates a question asks about, resolved in the asker's time zone: a named day ("on 5 February",
 * "4 February 2026", "5 فبراير"), a relative one ("today", "yesterday", "last Wednesday", "this
 * week", "last week", اليوم، أمس، البارحة، هالأسبوع، الأسبوع الماضي، الأربعاء الماضي), a month named or "last
 * month" as the time of the fact, a bare weekday as a preference, and "latest". Pure.
 */
export function parseQuestionDates(question: string, now: Date, timeZone = 'Asia/Kuwait'): QuestionDates {
  const latest = new RegExp(LATEST.source, 'iu').test(question);
  const today = localTime(now, timeZone).date;
  let rest = question
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(LATEST_NEWS, (_m, en?: string, ar?: string) => ` ${en ?? ar ?? ''} `)
    .replace(LATEST, ' ')
    .replace(END_OF_SPAN, ' ')
    .replace(WEEKEND, ' ');
  // A day inside a statement the question quotes is what was said, not the day asked (see withoutStatementDays).
  rest = withoutStatementDays(rest, [ENGLISH_DAY, NUMERIC_DAY, SPACED_DAY, ARABIC_DAY]);
  const english = reportDayMatch(ENGLISH_DAY, rest);
  if (english) {
    const month = englishMonths.indexOf((english[1] ?? english[4] ?? '').slice(0, 3).toLowerCase()) + 1;
    const date = Number(english[2] ?? english[3]);
    return { latest, ...namedDay(today, rest, english[0], month, date, english[5]) };
  }
  const numeric = reportDayMatch(NUMERIC_DAY, rest);
  if (numeric) {
    const [, isoYear, isoMonth, isoDay, dayFirst, slashMonth, slashYear, dashMonth, dashYear, dotDay, dotMonth, dotYear] = numeric;
    const month = Number(isoMonth ?? slashMonth ?? dashMonth ?? dotMonth);
    const date = Number(isoDay ?? dayFirst ?? dotDay);
    if (isDayOfYear(month, date)) return { latest, ...namedDay(today, rest, numeric[0], month, date, isoYear ?? slashYear ?? dashYear ?? dotYear) };
  }
  const spaced = reportDayMatch(SPACED_DAY, rest);
  if (spaced && isDayOfYear(Number(spaced[2]), Number(spaced[1]))) return { latest, ...namedDay(today, rest, spaced[0], Number(spaced[2]), Number(spaced[1]), spaced[3]) };
  const arabic = reportDayMatch(ARABIC_DAY, rest);
  const arabicMonth = arabic ? arabicMonths.get(arabic[2] as string) : undefined;
  if (arabic && arabicMonth) {
    return { latest, ...namedDay(today, rest, arabic[0], arabicMonth, Number(arabic[1]), arabic[3]) };
  }
  const named = monthOf(rest);
  // "the month of" before the month's name ("لشهر يناير", "رواتب شهر مارس") is the date's wording, no topic.
  if (named) rest = rest.replace(MONTH_WORD, ' ');
  // "last month" names the month before the asker's: the time of the fact, as its name would.
  const previous = named ? null : LAST_MONTH.exec(rest);
  if (previous) rest = rest.replace(previous[0], ' ');
  const thisMonth = Number(today.slice(5, 7));
  const month = previous ? ((thisMonth + 10) % 12) + 1 : named;
  // Asked in January, "last month" is December of the year before.
  const monthYear = previous ? Number(today.slice(0, 4)) - (thisMonth === 1 ? 1 : 0) : undefined;
  let range: QuestionDates['range'];
  let prefer: string | undefined;
  for (const { pattern, resolve } of RELATIVE) {
    const match = reportDayMatch(pattern, rest);
    if (!match) continue;
    // Where it matched: the same words may stand earlier in another sense (`اليوم الدولي …` before `اليوم`).
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
    const resolved = resolve(today, match, SUNDAY_WEEK.test(timeZone) ? 0 : 1);
    if ('prefer' in resolved) prefer ??= resolved.prefer;
    else range ??= resolved;
  }
  return { latest, rest, ...(range ? { range } : prefer ? { prefer } : {}), ...(month ? { month } : {}), ...(monthYear ? { monthYear } : {}) };
}

/** The month a question names without a day (see ENGLISH_MONTH, ARABIC_MONTH), if any. */
function monthOf(text: string): number | undefined {
  const english = ENGLISH_MONTH.exec(text);
  if (english) return englishMonths.indexOf((english[1] ?? english[2] ?? english[3] ?? '').slice(0, 3).toLowerCase()) + 1;
  for (const match of text.matchAll(ARABIC_MONTH)) {
    const month = arabicMonths.get((match[1] ?? match[2]) as string);
    if (month) return month;
  }
  return undefined;
}

/** Weekdays beside a named day ("Sunday 1 February") say nothing more. */
function stripWeekdays(text: string): string {
  return text.replace(new RegExp(`\\b${EN_WEEKDAY}${POSSESSIVE}\\b,?`, 'giu'), ' ').replace(new RegExp(`${START}${AR_WEEKDAY}${END}`, 'gu'), ' ');
}

/**
 * Whether a text names a day of a month: "February 25", "Feb. 25", "25 February", "25th of Feb",
 * "25 فبراير", "25 شباط" (Arabic-Indic digits read as Latin). The wire files an announcement days
 * before the day it names, and a report the day after. Pure.
 */
export function namesDay(text: string, month: number, date: number): boolean {
  const digits = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const en = englishMonthNames[month - 1] as string;
  const enMonth = `(?:${en}|${en.slice(0, 3)}\\.?)`;
  const english = new RegExp(`\\b${enMonth}\\s+0?${date}(?:st|nd|rd|th)?\\b|(?<!\\d)0?${date}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${enMonth}(?![a-z])`, 'i');
  if (english.test(digits)) return true;
  const names = arabicNamesOf(month);
  return new RegExp(`(?<!\\d)0?${date}\\s+(?:من\\s+)?(?:شهر\\s+)?(?:${names.join('|')})`, 'u').test(digits);
}

/**
 * Whether a passage states a fact of the month `month` (1-12): it was filed in that month (of `year`, if known), or it names
 * the month ("in January", "Jan.", "يناير", "كانون الثاني"), or it goes on with a story (`story`: its
 * headline and lead) that names the month first. A monthly figure is filed after its month and names it;
 * a passage filed later that names no month tells of another time. Pure.
 */
export function tellsOfMonth(text: string, filed: string, month: number, story = '', year?: number): boolean {
  if (Number(filed.slice(5, 7)) === month && (year === undefined || Number(filed.slice(0, 4)) === year)) return true;
  const en = englishMonthNames[month - 1] as string;
  const names = arabicNamesOf(month);
  if (new RegExp(`\\b(?:${en}|${en.slice(0, 3)}\\.)(?![a-z])|${START}[لبو]?(?:${names.join('|')})${END}`, 'iu').test(text)) return true;
  // A later paragraph goes on with its story's month: the first its headline and lead name (a later one compares: "down from 2.4 percent in December").
  return firstMonthNamed(story) === month;
}

/** The month a text names first, its English name capitalised as the wire writes it ("May", never the verb "may"). */
function firstMonthNamed(text: string): number | undefined {
  let first: { at: number; month: number } | undefined;
  englishMonthNames.forEach((en, i) => {
    const name = `${(en[0] as string).toUpperCase()}${en.slice(1)}`;
    const names = arabicNamesOf(i + 1);
    const found = new RegExp(`\\b(?:${name}|${name.slice(0, 3)}\\.)(?![a-z])|${START}[لبو]?(?:${names.join('|')})${END}`, 'u').exec(text);
    if (found && (first === undefined || found.index < first.at)) first = { at: found.index, month: i + 1 };
  });
  return first?.month;
}

/**
 * Whether a passage filed on `filed` reports the day `day` (ISO): it names the day and month, or
 * it was filed within the week after and names that day's weekday ("on Tuesday", "يوم الثلاثاء",
 * "الثلاثاء الماضي"), or the next day and says "yesterday" ("أمس"), or the day before and says
 * "tomorrow" ("غدا"). Pure.
 */
export function reportsDay(text: string, filed: string, day: string): boolean {
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  if (namesDay(text, month, date)) return true;
  const after = (new Date(`${filed}T00:00:00Z`).getTime() - new Date(`${day}T00:00:00Z`).getTime()) / 86_400_000;
  if (after === -1 && new RegExp(`\\btomorrow\\b|${START}(?:غدا|غدًا)${END}`, 'iu').test(text)) return true;
  if (after < 1 || after > 6) return false;
  if (after === 1 && new RegExp(`\\byesterday\\b|${START}(?:${A}مس|البارح[ةه]?)${END}`, 'iu').test(text)) return true;
  const [en, ar] = WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] as [string, string];
  return new RegExp(`\\b${en}\\b|${START}(?:يوم\\s+)?ال${ar}${END}`, 'iu').test(text);
}
