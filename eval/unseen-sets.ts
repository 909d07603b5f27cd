/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-sixth fortnight, from the
 * twenty-ninth session; the twenty-fifth, unseen through the twenty-eighth, is tuning material (its dev split) from
 * the twenty-ninth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight26']);
