/**
 * After an Arabic word of a near-miss check's closed class: a space, punctuation or the end, as a
 * lookahead to put in a regular expression's source (the folded text has no word boundary `\b` knows).
 */
export const ARABIC_WORD_END = '(?=[\\s.,،؛:؟?)]|$)';
