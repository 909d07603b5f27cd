/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-fourth fortnight, from the
 * twenty-seventh session; the twenty-third, unseen through the twenty-sixth, is tuning material (its dev split) from
 * the twenty-seventh.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight24']);
