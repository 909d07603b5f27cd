import { normaliseArabic } from '../text/analyse-arabic.js';
import { figuresIn, SCALE_WORD, SCALE_ZEROS, tellsFigure } from './misses-figure-asked.js';
import { NUMBER_WORDS } from './number-words.js';

/** The units two to ten by their number words (the wire writes a round thousand in words: `خمسة آلاف دينار`), folded as normaliseArabic folds them. */
const UNITS: ReadonlyMap<string, number> = new Map(NUMBER_WORDS.filter(([, value]) => value >= 2 && value <= 10).map(([word, value]) => [normaliseArabic(word), value]));

/** A unit's number word before a scale word ("five thousand", `خمسة آلاف`, `ثلاثة ملايين`), the conjunction allowed. */
const SCALED_WORDS = new RegExp(`(?:^|[\\s(])و?([a-z\\u0621-\\u064A]+)\\s+(${SCALE_WORD})(?![a-z\\u0621-\\u064A])`, 'giu');

/** The round thousands and millions a text writes in words, as digits ("five thousand" → 5000). Pure. */
export function scaledNumberWords(text: string): Set<string> {
  const figures = new Set<string>();
  for (const [, unit, scale] of normaliseArabic(text.toLowerCase()).matchAll(SCALED_WORDS)) {
    const value = UNITS.get(unit as string);
    if (value !== undefined) figures.add(String(value * 10 ** (SCALE_ZEROS[scale as string] as number)));
  }
  return figures;
}

/** Whether a text tells a figure, in digits or as a round thousand in words. */
const tells = (text: string, figure: string) => tellsFigure(figuresIn(text), figure) || scaledNumberWords(text).has(figure);

/**
 * Whether a passage in the other language from the question tells every figure the question names
 * (`asked`, see questionFigures: "who said the champion would get 5,000 dinars", `منو قال … تحت 18`) where its
 * story's same-day version in the asker's language (`askersVersion`) leaves one of them out. The wire
 * writes a story's two versions from one report, each keeping details the other leaves out; the
 * asker's words for such a detail ("withdraw", "champion") reach only the version that left it out,
 * and the lexicons may not bridge them to the one that tells it (`السحب`, `البطل`). The figure is
 * written alike in both languages: the version telling the figure the asker quotes is the one that
 * tells the fact, where the other tells only the story around it. Another figure (10,000 asked,
 * 5,000 told) is another fact: no passage telling the figure asked, nothing judged. Pure.
 */
export function tellsFigureAskedOnlyHere(asked: ReadonlySet<string>, text: string, askersVersion: string): boolean {
  if (asked.size === 0 || askersVersion === '') return false;
  return [...asked].every((figure) => tells(text, figure)) && [...asked].some((figure) => !tells(askersVersion, figure));
}
