/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-fifth fortnight, from the
 * twenty-eighth session; the twenty-fourth, unseen through the twenty-seventh, is tuning material (its dev split) from
 * the twenty-eighth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight25']);
