import type { SqliteDatabase } from '../open-database.js';

/** What the full-text index holds for a dispatch: its indexed paragraphs' terms, space-joined (repeats left out). */
export function indexedText(paragraphTerms: ReadonlyArray<string | null>): string {
  return paragraphTerms.filter((terms): terms is string => terms !== null).join(' ');
}

/** The distinct terms of one dispatch's indexed text (its space-joined analysed terms). */
export function distinctTerms(indexed: string): Set<string> {
  return new Set(indexed.split(' ').filter((term) => term.length > 0));
}

/** How many of `indexedTexts` hold each term: one count per distinct term of a batch. */
export function countTermDocuments(indexedTexts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of indexedTexts) {
    for (const term of distinctTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/**
 * Per-term document counts beside the full-text index (table `term_documents`). Callers run these
 * inside the transaction that changes the index, so the counts always match it.
 */
export function createTermDocuments(db: SqliteDatabase) {
  const add = db.prepare<[string, number]>(
    `INSERT INTO term_documents (term, documents) VALUES (?, ?)
     ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents`,
  );
  const subtract = db.prepare<[string]>('UPDATE term_documents SET documents = max(documents - 1, 0) WHERE term = ?');
  const count = db.prepare<[string], number>('SELECT documents FROM term_documents WHERE term = ?').pluck();
  const terms = db.prepare<[], { term: string; documents: number }>('SELECT term, documents FROM term_documents WHERE documents > 0');

  return {
    /** Counts newly indexed texts: one upsert per distinct term of the batch, not per dispatch. */
    added(indexedTexts: readonly string[]): void {
      for (const [term, documents] of countTermDocuments(indexedTexts)) add.run(term, documents);
    },
    /** Uncounts one text taken out of the index. */
    removed(indexedText: string): void {
      for (const term of distinctTerms(indexedText)) subtract.run(term);
    },
    /** How many indexed dispatches hold `term`. */
    documents(term: string): number {
      return count.get(term) ?? 0;
    },
    /** Every term some indexed dispatch holds, with how many hold it. */
    list(): Array<{ term: string; documents: number }> {
      return terms.all();
    },
  };
}

export type TermDocuments = ReturnType<typeof createTermDocuments>;
