import { normaliseArabic } from '../text/analyse-arabic.js';
import type { Concepts } from './weigh-concepts.js';

/** A figure the question names is telling from 10 up: the wire spells smaller ones as words ("three people", `ثلاثة`). */
export const SMALLEST = 10;

/** A year, which the question's instances judge (see namesAnotherInstance): a passage may give "this year" for it. */
export const isYear = (figure: number) => figure >= 1900 && figure <= 2100;

/**
 * The figures a question names among its concepts (the question without its dates: "the 102 kg
 * class", "360 Mall", `فوق 100 كيلو`), from SMALLEST up and not years, as digits.
 */
export function figuresAsked(concepts: Concepts): Set<string> {
  const tokens = concepts.list.filter((c) => !c.place).flatMap((c) => c.group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string));
  return new Set(tokens.filter((token) => /^\d+$/.test(token) && Number(token) >= SMALLEST && !isYear(Number(token))).map((token) => String(Number(token))));
}

/** The figures a text writes, as digits without grouping commas ("1,000" → 1000, "102kg" → 102, `١٠٠` → 100). */
export function figuresIn(text: string): Set<string> {
  const folded = normaliseArabic(text).replace(/(\d)[,،٬](?=\d{3}(?!\d))/g, '$1');
  return new Set([...folded.matchAll(/\d+/g)].map((match) => String(Number(match[0]))));
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
