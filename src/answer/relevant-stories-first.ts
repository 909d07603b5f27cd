import type { PassageHit } from '../store/dispatch-store.js';

/**
 * The passages not judged relevant, those of a story that has a relevant passage first (in the
 * order given), then the others (in the order given). A story's other passages, its version in the
 * other language and its updates tell the same event, often the asked fact in words the question
 * does not use, so they are the closest material after the relevant passages; another story that
 * merely shares a word is not. Pure.
 */
export function relevantStoriesFirst(nearby: readonly PassageHit[], relevant: readonly PassageHit[]): PassageHit[] {
  const stories = new Set(relevant.map((hit) => hit.storyId));
  return [...nearby.filter((hit) => stories.has(hit.storyId)), ...nearby.filter((hit) => !stories.has(hit.storyId))];
}
