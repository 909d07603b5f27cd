/**
 * Where an Arabic word starts and ends in normalised text, as regex source (no `\b` for Arabic letters in JS): no Arabic
 * letter before the word, a conjunction, a preposition or the article allowed glued on (`والنهائي`, `بالبطوله`, `للفرق`),
 * and no Arabic letter after it.
 */
export const AR_START = '(?<![\\u0621-\\u064A])(?:[وفبل]|ال|وال|بال|لل)?';
export const AR_END = '(?![\\u0621-\\u064A])';
