import { normaliseArabic } from '../text/analyse-arabic.js';
import { NUMBER_WORDS } from './number-words.js';
import { SCALE_WORD, scaledFigure } from '../text/scale-words.js';

/** The units two to ten by their number words (the wire writes a round thousand in words: `خمسة آلاف دينار`), folded as normaliseArabic folds them. */
const UNITS: ReadonlyMap<string, number> = new Map(NUMBER_WORDS.filter(([, value]) => value >= 2 && value <= 10).map(([word, value]) => [normaliseArabic(word), value]));

/** A unit's number word before a scale word ("five thousand", `خمسة آلاف`, `ثلاثة ملايين`), the conjunction allowed. */
const SCALED_WORDS = new RegExp(`(?:^|[\\s(])و?([a-z\\u0621-\\u064A]+)\\s+(${SCALE_WORD})(?![a-z\\u0621-\\u064A])`, 'giu');

/** The round thousands and millions a text writes in words, as digits ("five thousand" → 5000). Pure. */
export function scaledNumberWords(text: string): Set<string> {
  const figures = new Set<string>();
  for (const [, unit, scale] of normaliseArabic(text.toLowerCase()).matchAll(SCALED_WORDS)) {
    const value = UNITS.get(unit as string);
    const full = value === undefined ? undefined : scaledFigure(String(value), '', scale as string);
    if (full !== undefined) figures.add(full);
  }
  return figures;
}
