/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-first fortnight, from the thirty-fourth
 * session; the thirtieth, unseen through the thirty-third, is tuning material (its dev split) from the thirty-fourth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight31']);
