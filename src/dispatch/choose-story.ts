import type { StoryCandidate, StoryFeatures } from './story-features.js';

/** Sets of the key lists compared, built once per list: a stored candidate is compared with many new dispatches. */
const sets = new WeakMap<readonly string[], Set<string>>();

function setOf(list: readonly string[]): Set<string> {
  let set = sets.get(list);
  if (set === undefined) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}

function jaccard(a: readonly string[], b: readonly string[]): { shared: number; score: number } {
  if (a.length === 0 || b.length === 0) return { shared: 0, score: 0 };
  const setA = setOf(a);
  const setB = setOf(b);
  let shared = 0;
  for (const item of setA) if (setB.has(item)) shared += 1;
  return { shared, score: shared / (setA.size + setB.size - shared) };
}

/**
 * Picks the story a new dispatch belongs to among candidates of the same dateline city and
 * nearby dates, or null for a new story. Across languages only language-neutral entity keys
 * can be compared; within a language the lead's words count too (an update repeats its lead).
 */
export function chooseStory(features: StoryFeatures, candidates: readonly StoryCandidate[]): string | null {
  let best: { storyId: string; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.cityKey !== features.cityKey) continue;
    const entities = jaccard(features.entityKeys, candidate.entityKeys);
    let score = entities.shared >= 2 && entities.score >= 0.5 ? entities.score : 0;
    if (candidate.lang === features.lang) {
      const words = jaccard(features.leadTerms, candidate.leadTerms);
      if (words.score >= 0.4) score = Math.max(score, words.score);
    }
    if (score > 0 && (best === null || score > best.score)) best = { storyId: candidate.storyId, score };
  }
  return best?.storyId ?? null;
}
