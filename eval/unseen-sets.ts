/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-first fortnight, from the
 * twenty-fourth session; the twentieth, unseen through the twenty-third, is tuning material (its dev split) from
 * the twenty-fourth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight21']);
