/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirtieth fortnight, from the thirty-third
 * session; the twenty-ninth, unseen through the thirty-second, is tuning material (its dev split) from the
 * thirty-third.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight30']);
