import { normaliseArabic } from '../text/analyse-arabic.js';

/** The tens of the decades named in words, both languages (Arabic normalised): the twenties to the nineties. */
const TENS: ReadonlyArray<[number, string, string]> = [
  [20, 'twenties', 'عشرين'], [30, 'thirties', 'ثلاثين'], [40, 'forties', 'اربعين'], [50, 'fifties', 'خمسين'],
  [60, 'sixties', 'ستين'], [70, 'seventies', 'سبعين'], [80, 'eighties', 'ثمانين'], [90, 'nineties', 'تسعين'],
];

/** "the 1980s", "the '80s", "the 80s". */
const DIGITS = /\b(1[89]|20)?'?(\d)0s\b/giu;
/** "the eighties", not an age ("in his eighties"). */
const ENGLISH = new RegExp(`(?<!\\b(?:his|her|their|its|my|your|our)\\s+)\\b(?:early\\s+|mid-?\\s*|late\\s+)?(${TENS.map(([, en]) => en).join('|')})\\b`, 'giu');
/** `الثمانينات`, `ثمانينيات القرن الماضي`, `وسبعينيات`. */
const ARABIC = new RegExp(`(?:^|(?<=[\\s("]))(?:[وبل]?ال|لل|[وبل])?(${TENS.map(([, , ar]) => ar).join('|')})(?:يات|ات)(?=[\\s.,،؛:؟?)"]|$)`, 'gu');

/**
 * The decades a text names, each as its first year ("the 1980s", "the eighties", `الثمانينات` → 1980;
 * a decade in words is taken as the last century's, as the wire writes it of the past), with every
 * decade between two it names: the wire names a span by its ends (`بين خمسينيات وسبعينيات القرن الماضي`
 * is the fifties to the seventies). Pure.
 */
export function findDecades(text: string): Set<number> {
  const found: number[] = [];
  for (const match of text.matchAll(DIGITS)) found.push((match[1] ? Number(match[1]) * 100 : 1900) + Number(match[2]) * 10);
  for (const match of text.matchAll(ENGLISH)) found.push(1900 + (TENS.find(([, en]) => en === match[1]?.toLowerCase())?.[0] ?? 0));
  for (const match of normaliseArabic(text).matchAll(ARABIC)) found.push(1900 + (TENS.find(([, , ar]) => ar === match[1])?.[0] ?? 0));
  if (found.length < 2) return new Set(found);
  const decades = new Set<number>();
  for (let decade = Math.min(...found); decade <= Math.max(...found); decade += 10) decades.add(decade);
  return decades;
}
