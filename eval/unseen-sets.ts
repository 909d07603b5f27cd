/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-third fortnight, from the thirty-sixth
 * session; the thirty-second, unseen through the thirty-fifth, is tuning material (its dev split) from the thirty-sixth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight33']);
