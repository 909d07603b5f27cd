import { isArabicStopWord, normaliseArabic } from '../text/analyse-arabic.js';
import { STANDALONE_YEAR } from './calendar-words.js';

/** The instances a text tells apart by number: ordinals ("the second round", `الجولة الثانية`, "65th") and years. */
export interface OrdinalsAndYears {
  ordinals: Set<number>;
  years: Set<number>;
  /** years named by their distance from the text's own ("last year" -1, "this year" 0, `العام المقبل` +1) */
  relativeYears: Set<number>;
  /** an instance before the text's own named by its distance: "last season", "the previous edition", `رمضان الماضي`, "a year earlier" */
  earlier: boolean;
}

const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** "second" not as a unit of time ("41 seconds", "a second"); digits with their suffix ("15th"). */
const ENGLISH = new RegExp(`\\b(?:(${ENGLISH_ORDINALS.join('|')})|(\\d{1,3})(?:st|nd|rd|th))\\b(?!s\\b)`, 'gi');

/**
 * Arabic ordinals of one to ten (and `حادي`, the one of eleven and twenty-one), normalised (ة → ه, ى → ي, أ → ا), with the article,
 * a conjunction or a preposition before them; the masculine indefinite also in the accusative the wire gives an object's
 * adjective (`رصد قرشا حوتيا ثانيا`, a second whale shark). Not `اولا`: the first takes no such ending, and `أولا` is "firstly".
 */
const ARABIC_UNITS: ReadonlyArray<[number, string]> = [
  [1, 'اول|اولي|حادي|حاديه'], [2, 'ثاني|ثانيه|ثانيا'], [3, 'ثالث|ثالثه|ثالثا'], [4, 'رابع|رابعه|رابعا'], [5, 'خامس|خامسه|خامسا'],
  [6, 'سادس|سادسه|سادسا'], [7, 'سابع|سابعه|سابعا'], [8, 'ثامن|ثامنه|ثامنا'], [9, 'تاسع|تاسعه|تاسعا'], [10, 'عاشر|عاشره|عاشرا'],
];
const ARABIC_TENS: ReadonlyArray<[number, string]> = [
  [20, 'عشرين'], [30, 'ثلاثين'], [40, 'اربعين'], [50, 'خمسين'], [60, 'ستين'], [70, 'سبعين'], [80, 'ثمانين'], [90, 'تسعين'],
];
const PREFIX = '(?:^|(?<=[\\s(]))(?:[وفبل]?ال|لل|[وفبل])?';
/** What may follow an Arabic ordinal: a space, punctuation, the end; a question's mark too (`المرحلة الثانية؟`: the ordinal asked ends the question). */
const END = '[\\s.,،؛:؟?!)]|$';
const ARABIC = new RegExp(
  `(?<!\\d\\s*)${PREFIX}(${ARABIC_UNITS.map(([, forms]) => forms).join('|')})(?=${END})(?:\\s+(عشر|عشره)(?=${END}))?(?:\\s+و(?:ال)?(${ARABIC_TENS.map(([, form]) => form).join('|')}))?`,
  'gu',
);
const unitOf = (word: string) => ARABIC_UNITS.find(([, forms]) => forms.split('|').includes(word))?.[0] ?? 0;
const tensOf = (word: string | undefined) => ARABIC_TENS.find(([, form]) => form === word)?.[0] ?? 0;

/** Every year standing alone in a text ("in 2024", `عام 2025`). */
const YEAR = new RegExp(STANDALONE_YEAR.source, 'g');

/** A year named by its distance from now, in both languages (Arabic normalised), with that distance. */
const RELATIVE_YEARS: ReadonlyArray<[number, RegExp]> = [
  [-1, /\b(?:last|previous)\s+year\b|(?:العام|السنه|عام|سنه)\s+(?:الماضي|الماضيه|السابق|السابقه|اللي\s+فاتت|اللي\s+طافت)(?=[\s.,،؛:؟?)]|$)/iu],
  [0, /\b(?:this|the\s+current)\s+year\b|(?:هذا\s+العام|هذه\s+السنه|هالسنه|هالعام|(?:العام|السنه)\s+(?:الحالي|الحاليه|الجاري|الجاريه))(?=[\s.,،؛:؟?)]|$)/iu],
  [1, /\b(?:next|the\s+coming)\s+year\b|(?:العام|السنه)\s+(?:المقبل|المقبله|القادم|القادمه|الجاي|الجايه)(?=[\s.,،؛:؟?)]|$)/iu],
];

/**
 * An instance named as one before the current: "last"/"previous" with a recurring thing (a year, season,
 * edition, Ramadan, Eid, time), "before this one", "a year earlier"/"ago", the value before a change ("before
 * the increase", `قبل القرار`: the wire tells the new one, and an old one as such); in Arabic (normalised) the same
 * nouns then `الماضي`/`السابق`/`الفائت`/`المنصرم`/`اللي فات`. Not a day, week or month: those are
 * dates, read as the question's time range.
 */
const EARLIER =
  /\b(?:last|previous|prior|preceding)\s+(?:year|season|edition|ramadan|eid|time|round|session|campaign|festival)s?\b|\bbefore\s+(?:this|that)(?:\s+one)?\b|\b(?:a|one|two|\d+)\s+years?\s+(?:earlier|ago|before)\b|(?:العام|السنه|عام|سنه|الموسم|موسم|الدوره|دوره|المره|مره|النسخه|نسخه|رمضان|العيد|عيد|البطوله|المهرجان|الحمله|المعرض)\s+(?:الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه|السابق|السابقه|اللي\s+فات|اللي\s+فاتت|اللي\s+طاف|اللي\s+طافت)(?=[\s.,،؛:؟?)]|$)|(?:قبل|مقارنه\s+ب)\s*(?:عام|سنه)(?=[\s.,،؛:؟?)]|$)|\bbefore\s+the\s+(?:new\s+)?(?:decision|decree|increase|rise|hike|cut|reduction|change|changes|amendment|rules?)\b|(?:^|\s)قبل\s+(?:ال)?(?:قرار|زياده|رفع|خفض|تخفيض|تعديل|تعديلات|تغيير|ارتفاع|انخفاض)(?=[\s.,،؛:؟?)]|$)/iu;

/** Whether one word of a text is an ordinal of either language ("fifth", `الخامس`, `الثالثة`, "15th"). Pure. */
export const isOrdinalWord = (word: string): boolean => {
  const { ordinals } = findOrdinalsAndYears(word);
  return ordinals.size > 0 && word.trim().split(/\s+/u).length === 1;
};

/** The word before a match and the word after it, as the folded text writes them (empty at either end). */
const wordBefore = (folded: string, at: number) => /(\S+)\s+$/u.exec(folded.slice(Math.max(0, at - 40), at))?.[1] ?? '';
const wordAfter = (folded: string, from: number) => /^\s+([\u0621-\u064A]+)/u.exec(folded.slice(from, from + 40))?.[1] ?? '';
/** The verbs a contestant comes placed by (`طلع ثاني`, `جا ثاني`, `حل ثاني`): the ordinal after them is the place. */
const PLACED = /^[وف]?(?:طلع|طلعت|طلعوا|جا|جاء|جات|جت|جاءت|جاوا|حل|حلت|حلوا|صار|صارت|احتل|احتلت|فاز|فازت)$/u;
/** A word the article or a preposition with it makes definite, or a function word: no indefinite noun `ثاني` may qualify. */
const NOT_INDEFINITE_NOUN = /^(?:[وف]?[بكل]?ال|[وف]?لل)|[^\u0621-\u064A]/u;

/**
 * Whether an asked `ثاني`/`ثانية`, bare, is "another" (Gulf speech: `مستشفى ثاني`، `مرة ثانية`، `شركات ثانية`، `كم ثانية`, seconds):
 * after an indefinite word it qualifies, not a verb of being placed (`طلع ثاني`), and, masculine, with no indefinite noun after it,
 * whose construct makes the ordinal (`ثاني سفينة`, the second ship). It names no instance to tell apart.
 */
function asksAnother(folded: string, match: RegExpMatchArray): boolean {
  const [whole, word, teen, tens] = match;
  if ((word !== 'ثاني' && word !== 'ثانيه') || whole !== word || teen || tens) return false;
  const before = wordBefore(folded, match.index as number);
  if (before === '' || NOT_INDEFINITE_NOUN.test(before) || isArabicStopWord(before) || PLACED.test(before)) return false;
  const after = wordAfter(folded, (match.index as number) + whole.length);
  return word === 'ثانيه' || after === '' || isArabicStopWord(after) || NOT_INDEFINITE_NOUN.test(after) || /^[لب]/u.test(after);
}

/**
 * Whether `أول` without the article opens a clause with `ما` (`أول ما فتحت العيادة`, "when the clinic first opened"; `أول ما يلفت`, "the first
 * thing that strikes"): a conjunction, or the first of what follows, not the first instance of a thing to tell apart.
 */
function opensClause(folded: string, match: RegExpMatchArray): boolean {
  const [whole, word, teen, tens] = match;
  return word === 'اول' && whole.endsWith(word) && !whole.slice(0, -word.length).includes('ال') && !teen && !tens && wordAfter(folded, (match.index as number) + whole.length) === 'ما';
}

/**
 * The ordinals and years a text names, in both languages; for a `question`, a bare `ثاني` that means "another" is none
 * (see asksAnother), where the wire's `دفعة ثانية` (a second batch) tells the instance. Pure.
 */
export function findOrdinalsAndYears(text: string, question = false): OrdinalsAndYears {
  const ordinals = new Set<number>();
  for (const match of text.matchAll(ENGLISH)) {
    const word = match[1]?.toLowerCase();
    ordinals.add(word ? ENGLISH_ORDINALS.indexOf(word) + 1 : Number(match[2]));
  }
  const folded = normaliseArabic(text);
  for (const match of folded.matchAll(ARABIC)) {
    if ((question && asksAnother(folded, match)) || opensClause(folded, match)) continue;
    ordinals.add(unitOf(match[1] as string) + (match[2] ? 10 : 0) + tensOf(match[3]));
  }
  const years = new Set([...folded.matchAll(YEAR)].map((match) => Number(match[0])));
  const relativeYears = new Set(RELATIVE_YEARS.filter(([, pattern]) => pattern.test(folded)).map(([distance]) => distance));
  return { ordinals, years, relativeYears, earlier: EARLIER.test(folded) };
}
