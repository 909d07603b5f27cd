/**
 * A figure English writes with the article and no number word: "a single egg" (one), "fell by about a fifth" (one fifth, a
 * fraction past the quarter, which NUMBER_WORDS holds as `quarter`). Not "the fifth": with the article `the` it is an ordinal,
 * an instance, no figure. Case-insensitive.
 */
export const ENGLISH_ARTICLE_FIGURE = /\b(?:a|one)\s+(single|fifth|sixth|seventh|eighth|ninth|tenth)\b/giu;

/**
 * The text with each figure written by the article (see ENGLISH_ARTICLE_FIGURE) spelled with a number word ("a single egg":
 * `one egg`; "a fifth": `one fifth`), so that the analysed tokens hold a figure by what it counts. Pure.
 */
export function spellEnglishFigures(text: string): string {
  return text.replace(ENGLISH_ARTICLE_FIGURE, (_, word: string) => (word.toLowerCase() === 'single' ? 'one' : `one ${word}`));
}

/** ENGLISH_ARTICLE_FIGURE without its global flag, whose `lastIndex` would carry from one test to the next: made once, not per call. */
const ARTICLE_FIGURE_ONCE = new RegExp(ENGLISH_ARTICLE_FIGURE.source, 'iu');

/** Whether the text writes a figure by the article (see ENGLISH_ARTICLE_FIGURE). Pure. */
export const writesArticleFigure = (text: string): boolean => ARTICLE_FIGURE_ONCE.test(text);
