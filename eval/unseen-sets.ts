/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. The thirty-fifth fortnight, unseen through the
 * thirty-eighth session, is tuning material (its dev split) from the thirty-ninth; the next unseen set joins here when
 * it is wired in.
 */
export const UNSEEN: ReadonlySet<string> = new Set<string>([]);
