import { normaliseArabic } from '../text/analyse-arabic.js';
import { STANDALONE_YEAR } from './calendar-words.js';

/**
 * A value from before asked, in both languages (Arabic normalised): "the old record", "the previous
 * survey", "the former price", "prior to", "the year before", "a year earlier", "before that", a
 * question ending on "before" ("the record before?"), `الرقم السابق`, `القديم`, `سابقا`, `من قبل`, a
 * question ending on `قبل` ("won it before?"). Not "how old" nor "years old" (an age), nor "before"
 * with its object ("before the final": a time, not an earlier value).
 */
const PRIOR_ASKED =
  /(?<!\bhow\s)(?<!\byears?[-\s])\bold\b(?!\s*-?\s*years?\b)|\b(?:previous|previously|former|formerly|prior)\b|\bthe\s+year\s+before\b|\ba\s+year\s+earlier\b|\bbefore\b(?=\s*\??\s*$)|\bbefore\s+that\b|(?:^|\s)(?:ال)?(?:سابق|سابقه|قديم|قديمه)(?=[\s.,،؛:؟?)]|$)|(?:^|\s)سابقا(?=[\s.,،؛:؟?)]|$)|(?:^|\s)من\s+قبل(?=[\s.,،؛:؟?)]|$)|(?:^|\s)قبل\s*[؟?]?\s*$/iu;

/**
 * A story telling a value from before beside its own: "the previous record of 3,906", "up from", "down
 * 3 percent from the year before", "compared with", "than", "broke the record set in 2019", `السابق`,
 * `مقارنه`, `بعد ان كان`, `الماضي`, `قبل` as a word; not "a 15-year-old" (an age) (not `المقبل`, next, nor `مسابقه`). Arabic normalised.
 */
const PRIOR_TOLD =
  /(?<!\byears?[-\s])\bold\b(?!\s*-?\s*years?\b)|\b(?:previous|previously|former|formerly|prior|earlier|before|ago|than|compared|broke|breaking|surpass\w*|beat(?:ing)?\s+the|last\s+(?:year|season|month|week|time|edition)|up\s+from|down\s+from|since\s+\d{4})\b|(?:^|\s)[وبل]?(?:ال)?(?:سابق|سابقه|سابقا|قديم|قديمه|ماضي|ماضيه)(?=[\s.,،؛:)]|$)|(?:^|\s)[وف]?(?:من\s+)?قبل(?=[\s.,،؛:)]|$)|مقارنه|بعد\s+ان\s+كان|بدلا\s+من|ارتفاعا\s+من|انخفاضا\s+من/iu;

/** Whether a question asks a value from before (see PRIOR_ASKED). Pure. */
export const asksPrior = (question: string): boolean => PRIOR_ASKED.test(normaliseArabic(question));

/**
 * Whether a story misses the earlier value a question asks: asked the old record, a story telling only
 * the new one ("a new national record") and nothing from before; asked the previous survey's share, a
 * story telling only this survey's. `texts` are the story's headline and paragraphs and its other
 * version: an earlier value told anywhere in them may be the one asked. Pure.
 */
export function missesPriorAsked(question: string, texts: readonly string[]): boolean {
  return asksPrior(question) && !tellsPrior(texts);
}

/** Every year standing alone in a text ("in 1985", `عام 2019`). */
const YEARS = new RegExp(STANDALONE_YEAR.source, 'g');

/**
 * Whether a story's texts tell a value from before beside their own (see PRIOR_TOLD), or, given the day it was filed (`filed`,
 * YYYY-MM-DD), name a year before that day's ("a grand piano donated in 1985", "built in 2019"): the time of a thing before
 * the news. Pure.
 */
export function tellsPrior(texts: readonly string[], filed?: string): boolean {
  const text = normaliseArabic(texts.join('\n'));
  if (PRIOR_TOLD.test(text)) return true;
  const year = filed === undefined ? NaN : Number(filed.slice(0, 4));
  return [...text.matchAll(YEARS)].some((match) => Number(match[0]) < year);
}
