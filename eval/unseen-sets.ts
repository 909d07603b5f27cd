/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-second fortnight, from the
 * twenty-fifth session; the twenty-first, unseen through the twenty-fourth, is tuning material (its dev split) from
 * the twenty-fifth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight22']);
