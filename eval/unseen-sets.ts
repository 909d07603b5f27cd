/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-third fortnight, from the
 * twenty-sixth session; the twenty-second, unseen through the twenty-fifth, is tuning material (its dev split) from
 * the twenty-sixth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight23']);
