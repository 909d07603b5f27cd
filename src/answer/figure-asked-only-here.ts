import { normaliseArabic } from '../text/analyse-arabic.js';
import { questionFigures } from './figure-telling-first.js';
import { figuresIn, tellsFigure } from './misses-figure-asked.js';

/** Units by their number words (the wire writes a round thousand in words: `خمسة آلاف دينار`), folded as normaliseArabic folds them. */
const UNITS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
      ['ثلاثة', 3], ['ثلاث', 3], ['اربعة', 4], ['اربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6],
      ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10],
    ] as const
  ).map(([word, value]) => [normaliseArabic(word), value]),
);

/** A unit's number word before a thousand or a million ("five thousand", `خمسة آلاف`, `ثلاثة ملايين`), the conjunction allowed. */
const SCALED_WORDS = /(?:^|[\s(])و?([a-z\u0621-\u064A]+)\s+(thousand|million|الاف|الف|مليون|ملايين)(?![a-z\u0621-\u064A])/giu;

/** The round thousands and millions a text writes in words, as digits ("five thousand" → 5000). Pure. */
export function scaledNumberWords(text: string): Set<string> {
  const figures = new Set<string>();
  for (const [, unit, scale] of normaliseArabic(text.toLowerCase()).matchAll(SCALED_WORDS)) {
    const value = UNITS.get(unit as string);
    if (value !== undefined) figures.add(String(value * (/^(?:million|مليون|ملايين)$/u.test(scale as string) ? 1_000_000 : 1000)));
  }
  return figures;
}

/** Whether a text tells a figure, in digits or as a round thousand in words. */
const tells = (text: string, figure: string) => tellsFigure(figuresIn(text), figure) || scaledNumberWords(text).has(figure);

/**
 * Whether a passage in the other language from the question tells every figure the question names
 * (see questionFigures: "who said the champion would get 5,000 dinars", `منو قال … تحت 18`) where its
 * story's same-day version in the asker's language (`askersVersion`) leaves one of them out. The wire
 * writes a story's two versions from one report, each keeping details the other leaves out; the
 * asker's words for such a detail ("withdraw", "champion") reach only the version that left it out,
 * and the lexicons may not bridge them to the one that tells it (`السحب`, `البطل`). The figure is
 * written alike in both languages: the version telling the figure the asker quotes is the one that
 * tells the fact, where the other tells only the story around it. Another figure (10,000 asked,
 * 5,000 told) is another fact: no passage telling the figure asked, nothing judged. Pure.
 */
export function tellsFigureAskedOnlyHere(question: string, text: string, askersVersion: string): boolean {
  const asked = questionFigures(question);
  if (asked.size === 0 || askersVersion === '') return false;
  return [...asked].every((figure) => tells(text, figure)) && [...asked].some((figure) => !tells(askersVersion, figure));
}
