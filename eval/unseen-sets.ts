/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-second fortnight, from the thirty-fifth
 * session; the thirty-first, unseen through the thirty-fourth, is tuning material (its dev split) from the thirty-fifth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight32']);
