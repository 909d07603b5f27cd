/**
 * Eval sets kept out of every decision of the session that wired them in: no tuning tool reads them, dev split
 * included, so they measure a session's work on copy no decision saw. None between the twenty-fifth session's start
 * and the wiring of its twenty-second fortnight; the twenty-first, unseen through the twenty-fourth, is tuning
 * material (its dev split) from the twenty-fifth.
 */
export const UNSEEN: ReadonlySet<string> = new Set<string>([]);
