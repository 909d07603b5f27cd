/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-fourth fortnight, from the
 * thirty-seventh session; the thirty-third, unseen through the thirty-sixth, is tuning material (its dev split) from the
 * thirty-seventh.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight34']);
