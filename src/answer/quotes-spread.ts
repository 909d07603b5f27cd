import { hitKey } from '../search/story-hits.js';
import type { PassageHit } from '../store/dispatch-store.js';

/** Quotes one dispatch may fill in an extractive answer while another dispatch's passage is left to quote. */
const PER_DISPATCH = 2;

/**
 * The first `max` of `items` (in the order given) to quote: a passage already quoted (same dispatch, same paragraph) is not
 * quoted again, and one dispatch fills at most two quotes while a passage of another dispatch remains. A story's versions
 * (the other language's, the update, the correction) each keep details the others leave out, and three quotes from the
 * opening paragraphs of one dispatch spend the answer's room on the story around the fact, where the next dispatch may tell
 * it. When no other dispatch is left, the same dispatch's later passages fill the room. Pure.
 */
export function quotesSpread<T extends { hit: PassageHit }>(items: readonly T[], max: number): T[] {
  const seen = new Set<string>();
  const distinct = items.filter(({ hit }) => {
    const key = hitKey(hit);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const perDispatch = new Map<string, number>();
  const chosen: T[] = [];
  const held: T[] = [];
  for (const item of distinct) {
    if (chosen.length === max) break;
    const count = perDispatch.get(item.hit.dispatchId) ?? 0;
    if (count >= PER_DISPATCH) {
      held.push(item);
      continue;
    }
    perDispatch.set(item.hit.dispatchId, count + 1);
    chosen.push(item);
  }
  if (chosen.length < max) {
    // no other dispatch left: the held passages take the room, in their place in the order given
    const taken = new Set([...chosen, ...held.slice(0, max - chosen.length)]);
    return distinct.filter((item) => taken.has(item));
  }
  return chosen;
}
