/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The eighteenth fortnight, from the
 * twenty-first session; the seventeenth, unseen through the twentieth, is tuning material from the twenty-first.
 */
export const UNSEEN: ReadonlySet<string> = new Set(['fortnight18']);
