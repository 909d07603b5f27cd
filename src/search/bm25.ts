/** FTS5's constants, so a backend that computes BM25 here ranks as SQLite's FTS5 does. */
const K1 = 1.2;
const B = 0.75;

/** What BM25 needs of the whole index. */
export interface IndexTotals {
  /** indexed documents */
  rows: number;
  /** tokens over every indexed document */
  tokens: number;
}

/** How many times `phrase` occurs in `tokens` as consecutive tokens (a phrase instance per start position). */
export function countPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((token, offset) => tokens[i + offset] === token)) count += 1;
  }
  return count;
}

/**
 * Okapi BM25 of one document for a list of phrases, as FTS5's `bm25()` computes it (positive:
 * higher is better): each phrase's IDF from the documents holding it (at least 1e-6), its
 * frequency in the document, the document's length against the average.
 */
export function bm25(tokens: readonly string[], phrases: readonly string[][], phraseDocuments: readonly number[], totals: IndexTotals): number {
  const averageLength = totals.rows > 0 ? totals.tokens / totals.rows : 0;
  let score = 0;
  phrases.forEach((phrase, index) => {
    const holding = phraseDocuments[index] ?? 0;
    let idf = Math.log((totals.rows - holding + 0.5) / (holding + 0.5));
    if (idf <= 0) idf = 1e-6;
    const frequency = countPhrase(tokens, phrase);
    // In FTS5's order of operations, so the sums agree to the last bit.
    score += idf * ((frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * tokens.length) / averageLength)));
  });
  return score;
}
