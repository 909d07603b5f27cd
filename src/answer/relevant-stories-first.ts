import type { PassageHit } from '../store/dispatch-store.js';
import { storiesTogether } from './stories-together.js';

/**
 * How many times the best relevant story's score a story must score to come first: clearly more of the question, not a
 * near tie (fitted on the dev splits: a story of another place at 1.05 times stays behind, the national championship
 * asked at 1.29 times the Asian one judged relevant comes first).
 */
const CLEARLY = 1.2;

/**
 * The passages not judged relevant, those of a story that has a relevant passage first (in the
 * order given), then the others (in the order given). A story's other passages, its version in the
 * other language and its updates tell the same event, often the asked fact in words the question
 * does not use, so they are the closest material after the relevant passages; another story that
 * merely shares a word is not. Before them all, though, the passages of a story the search scored
 * well above every relevant story (CLEARLY; a story's score is its best passage's, relevant or not),
 * together: it names more of the question, and rarer words, than any story judged to answer, and the
 * judgment that turned it away (a fact's kind, a near miss) may be the one that erred. Pure.
 */
export function relevantStoriesFirst(nearby: readonly PassageHit[], relevant: readonly PassageHit[]): PassageHit[] {
  const stories = new Set(relevant.map((hit) => hit.storyId));
  const strength = new Map<string, number>();
  for (const hit of [...relevant, ...nearby]) strength.set(hit.storyId, Math.max(strength.get(hit.storyId) ?? 0, hit.score));
  const best = Math.max(0, ...[...stories].map((story) => strength.get(story) ?? 0));
  const outscores = (hit: PassageHit) => stories.size > 0 && !stories.has(hit.storyId) && (strength.get(hit.storyId) ?? 0) > CLEARLY * best;
  return [...storiesTogether(nearby.filter(outscores)), ...nearby.filter((hit) => !outscores(hit) && stories.has(hit.storyId)), ...nearby.filter((hit) => !outscores(hit) && !stories.has(hit.storyId))];
}
