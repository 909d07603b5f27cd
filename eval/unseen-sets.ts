/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The twenty-seventh fortnight, from the
 * thirtieth session; the twenty-sixth, unseen through the twenty-ninth, is tuning material (its dev split) from the
 * thirtieth.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight27']);
