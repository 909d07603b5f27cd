import { normaliseArabic } from '../text/analyse-arabic.js';
import { scaledNumberWords } from './scaled-number-words.js';
import { SCALE_WORD_WRITTEN, scaledFigure } from '../text/scale-words.js';
import type { Concepts } from './weigh-concepts.js';

/** A figure the question names is telling from 10 up: the wire spells smaller ones as words ("three people", `ثلاثة`). */
export const SMALLEST = 10;

/** A year, which the question's instances judge (see namesAnotherInstance): a passage may give "this year" for it. */
export const isYear = (figure: number) => figure >= 1900 && figure <= 2100;

/**
 * The figures a question names among its concepts (the question without its dates: "the 102 kg
 * class", "360 Mall", `فوق 100 كيلو`), from SMALLEST up and not years, as digits. A figure the question
 * groups ("4,860", `٤٬٨٦٠`) is one figure, as the dispatch parser reads it: the analyser splits it at its
 * commas into tokens ("4", "860") that no passage writing "4,860" tells apart.
 */
export function figuresAsked(concepts: Concepts, question: string): Set<string> {
  const tokens = new Set(concepts.list.filter((c) => !c.place).flatMap((c) => c.group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string)));
  for (const [grouped] of normaliseArabic(question).matchAll(GROUPED_FIGURE)) {
    const groups = grouped.split(GROUPING_MARK);
    if (!groups.some((group) => tokens.has(group))) continue;
    for (const group of groups) tokens.delete(group);
    tokens.add(groups.join(''));
  }
  return new Set([...tokens].filter((token) => /^\d+$/.test(token) && Number(token) >= SMALLEST && !isYear(Number(token))).map((token) => String(Number(token))));
}

/** A mark grouping a figure's thousands: the comma, the Arabic comma and the Arabic thousands separator (`٬`). */
const GROUPING_MARK = /[,،٬]/;

/** A figure written with its thousands grouped ("4,860", "1,200,000"): a mark between digits, three after each. */
const GROUPED_FIGURE = /(?<![\d.])\d{1,3}(?:[,،٬]\d{3})+(?!\d)/g;

/** A grouping mark between a figure's digits ("1,000"), with the digit before it. */
const GROUPING = /(\d)[,،٬](?=\d{3}(?!\d))/g;

/** A figure with the word of its scale after it ("30 thousand", `30 ألف`, "1.2 million"), as normaliseArabic leaves it. */
const SCALED = new RegExp(`(\\d+)(?:[.٫](\\d+))?\\s*(${SCALE_WORD_WRITTEN})`, 'giu');

/**
 * The figures a text writes, as digits without grouping commas ("1,000" → 1000, "102kg" → 102, `١٠٠` → 100), and a figure
 * written with its scale in full besides (`30 ألف` → 30 and 30000, "1.2 million" → 1200000), as the dispatch parser keys it:
 * asked "30,000 dinars", the Arabic copy's `30 ألف دينار` tells it. A round thousand or million written in words counts
 * too (`خمسة آلاف` → 5000, see scaledNumberWords): asked "5,000 dinars", the passage writing `خمسة آلاف دينار` tells it.
 */
export function figuresIn(text: string): Set<string> {
  const folded = normaliseArabic(text).replace(GROUPING, '$1');
  const figures = new Set([...folded.matchAll(/\d+/g)].map((match) => String(Number(match[0]))));
  for (const [, whole, fraction = '', scale] of folded.matchAll(SCALED)) {
    const full = scaledFigure(whole as string, fraction, scale as string);
    if (full !== undefined) figures.add(full);
  }
  for (const figure of scaledNumberWords(text)) figures.add(figure);
  return figures;
}

/**
 * Whether a story misses a figure the question names: asked who won the over-100 kg class, a dispatch
 * (with its story's other-language version) that writes no 100 tells other classes; asked whether the
 * bus comes to 360 Mall, one that never writes 360 tells other stops. A figure is what the question
 * singles its thing out by, and the wire writes it as the asker does, in digits, in either language.
 * `texts` are the dispatch's headline and paragraphs and the other version's text. Pure.
 */
export function missesFigureAsked(asked: ReadonlySet<string>, texts: readonly string[]): boolean {
  if (asked.size === 0) return false;
  const told = figuresIn(texts.join('\n'));
  return [...asked].some((figure) => !tellsFigure(told, figure));
}

/** Whether figures a text writes (see figuresIn) tell one asked: "50 ألف" asked is the "50,000" the other version writes, a figure of thousands or millions told in full too. Pure. */
export const tellsFigure = (told: ReadonlySet<string>, figure: string): boolean =>
  told.has(figure) || told.has(String(Number(figure) * 1000)) || told.has(String(Number(figure) * 1000000));
