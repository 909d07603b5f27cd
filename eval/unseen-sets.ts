/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. Empty between sessions' sets: the twenty-sixth
 * fortnight, unseen through the twenty-ninth session, is tuning material (its dev split) from the thirtieth.
 */
export const UNSEEN: ReadonlySet<string> = new Set<string>([]);
