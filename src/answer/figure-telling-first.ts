import { normaliseArabic } from '../text/analyse-arabic.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { AR_MONTHS, EN_MONTH_WORDS } from './calendar-words.js';
import { figuresIn, isYear, SMALLEST, tellsFigure } from './misses-figure-asked.js';
import { storiesTogetherBy } from './stories-together.js';

/**
 * A day of a month as a question writes it ("31 August", "August 31", `31 أغسطس`): a date, not a figure of the fact.
 * A month as a whole word: in "12 markets" the figure is the fact's. */
const DAY_OF_MONTH = new RegExp(`\\d{1,2}\\s+(?:${EN_MONTH_WORDS})\\b|\\b(?:${EN_MONTH_WORDS})\\b\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${AR_MONTHS})`, 'giu');

/** The figures a question names (digits from SMALLEST up, not years, not a day of a month), as digits. Pure. */
export function questionFigures(question: string): Set<string> {
  const folded = normaliseArabic(question).replace(DAY_OF_MONTH, ' ');
  return new Set([...figuresIn(folded)].filter((figure) => Number(figure) >= SMALLEST && !isYear(Number(figure))));
}

/**
 * The passages with, within each story, those that write every figure the question names first ("who said
 * 12 teams took part": the version that writes 12, in whichever language), the rest in the order given. A
 * story's two versions each keep details the other leaves out; the figure the asker quotes marks the
 * paragraph that tells the fact, where the reader's own version may tell only the story around it. The
 * stories keep the order of their first passage. Pure.
 */
export function figureTellingFirst(hits: readonly PassageHit[], figures: ReadonlySet<string>): PassageHit[] {
  if (figures.size === 0) return [...hits];
  const tells = (hit: PassageHit) => {
    const told = figuresIn(hit.text);
    return [...figures].every((figure) => tellsFigure(told, figure));
  };
  return storiesTogetherBy(hits, (hit) => (tells(hit) ? 0 : 1));
}
