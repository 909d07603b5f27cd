import { analyseText } from '../text/analyse-text.js';

/**
 * Currencies as the wire names them, in both languages ("KD 2", "1.1 billion dinars", `240 ألف دينار`):
 * one list for the money a passage tells (tells-money.ts) and for the units and the currency written
 * before an amount in a figure (link-answer-filler.ts).
 */
export const CURRENCY_WORDS: readonly string[] = [
  'kd', 'usd', 'eur', 'dinar', 'dinars', 'dollar', 'dollars', 'euro', 'euros', 'riyal', 'riyals', 'dirham', 'dirhams', 'pound', 'pounds',
  'yuan', 'rupee', 'rupees', 'fils',
  'دينار', 'دنانير', 'دولار', 'يورو', 'ريال', 'درهم', 'جنيه', 'فلس', 'فلسا',
];

/** Arabic currency words that other words hold (`فلس` in `فلسطين` and `إفلاس`): matched only as a whole word. */
export const arabicWholeWordCurrencies: readonly string[] = ['فلس', 'فلسا'];

/** The Latin-script words of the list (matched as whole words) and the other Arabic ones (matched inside a word, after its clitics). */
export const latinCurrencies = CURRENCY_WORDS.filter((word) => /^[a-z]+$/.test(word));
export const arabicCurrencies = CURRENCY_WORDS.filter((word) => !/^[a-z]+$/.test(word) && !arabicWholeWordCurrencies.includes(word));

/** The currencies as the analyser leaves them: a token of an amount's unit ("KD 5", `420 ألف دينار`). */
export const CURRENCY_TOKENS: ReadonlySet<string> = new Set(CURRENCY_WORDS.flatMap((word) => analyseText(word)));
