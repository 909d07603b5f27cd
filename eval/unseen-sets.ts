/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-ninth fortnight, from the
 * thirty-second session; the twenty-eighth, unseen through the thirty-first, is tuning material (its dev split) from
 * the thirty-second.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight29']);
