/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The nineteenth fortnight, from the
 * twenty-second session; the eighteenth, unseen through the twenty-first, is tuning material (its dev split) from
 * the twenty-second.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight19']);
