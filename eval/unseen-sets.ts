/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-sixth fortnight, from the
 * thirty-ninth session; the thirty-fifth, unseen through the thirty-eighth, is tuning material (its dev split) from
 * the thirty-ninth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight36']);
