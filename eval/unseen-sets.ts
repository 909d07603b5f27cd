/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twentieth fortnight, from the
 * twenty-third session; the nineteenth, unseen through the twenty-second, is tuning material (its dev split) from
 * the twenty-third.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight20']);
