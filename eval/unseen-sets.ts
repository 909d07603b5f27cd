/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-fifth fortnight, from the
 * thirty-eighth session; the thirty-fourth, unseen through the thirty-seventh, is tuning material (its dev split) from
 * the thirty-eighth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight35']);
