import type { PassageQuery } from '../store/dispatch-store.js';

/** Weight kept by a concept named in the paragraph before: wires name the speaker, then go on "He added …". */
const CARRY_OVER = 0.5;

/** Whether `phrase` occurs in `tokens` as consecutive tokens. */
function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 1) return tokens.includes(phrase[0] as string);
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((token, offset) => tokens[i + offset] === token)) return true;
  }
  return false;
}

function conceptsIn(tokens: readonly string[] | null, query: PassageQuery): Set<number> {
  const found = new Set<number>();
  if (tokens === null) return found;
  query.groups.forEach((group, index) => {
    if (group.some((phrase) => phrase.length > 0 && containsPhrase(tokens, phrase))) found.add(index);
  });
  return found;
}

/**
 * Scores each paragraph of a dispatch against the query's concepts: the summed weight (rarity) of
 * the concepts it names, plus half the weight of those named only in the paragraph before it (so
 * "Putin said …" then "He expressed readiness … BRICS" answers a question on Putin and BRICS).
 * A paragraph that names no concept itself scores 0; a null entry is a paragraph not indexed.
 */
export function scorePassages(paragraphs: ReadonlyArray<readonly string[] | null>, query: PassageQuery, weights: readonly number[]): number[] {
  const concepts = paragraphs.map((tokens) => conceptsIn(tokens, query));
  return concepts.map((own, index) => {
    if (own.size === 0) return 0;
    let score = 0;
    for (const concept of own) score += weights[concept] ?? 1;
    for (const concept of concepts[index - 1] ?? []) if (!own.has(concept)) score += CARRY_OVER * (weights[concept] ?? 1);
    return score;
  });
}

/** A concept's weight from how many of `total` documents hold it (BM25's IDF). */
export function conceptWeight(documentsWithConcept: number, total: number): number {
  return Math.log(1 + (total - documentsWithConcept + 0.5) / (documentsWithConcept + 0.5));
}
