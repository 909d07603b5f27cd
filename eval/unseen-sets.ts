/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-eighth fortnight, from the
 * thirty-first session; the twenty-seventh, unseen through the thirtieth, is tuning material (its dev split) from the
 * thirty-first.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight28']);
