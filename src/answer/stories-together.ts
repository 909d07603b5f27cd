import type { PassageHit } from '../store/dispatch-store.js';

/**
 * The passages with each story's together after its first one, the stories in the order of their first passage;
 * within a story, ordered by `keys` (each a rank of a passage, lower first, the first key deciding first: read once a
 * passage), then in the order given. Pure.
 */
export function storiesTogetherBy(hits: readonly PassageHit[], ...keys: ReadonlyArray<(hit: PassageHit) => number>): PassageHit[] {
  const rank = new Map<string, number>();
  for (const hit of hits) if (!rank.has(hit.storyId)) rank.set(hit.storyId, rank.size);
  const byKeys = (a: readonly number[], b: readonly number[]) => a.reduce((order, key, k) => order || key - (b[k] as number), 0);
  return hits
    .map((hit, index) => ({ hit, index, story: rank.get(hit.storyId) as number, ranks: keys.map((key) => key(hit)) }))
    .sort((a, b) => a.story - b.story || byKeys(a.ranks, b.ranks) || a.index - b.index)
    .map(({ hit }) => hit);
}

/**
 * The passages with each story's together after its first one, the stories in the order of their
 * first passage, each story's passages in the order given. A story's other passages, its version
 * in the other language, its flash and updates tell the same event: after its best passage they
 * are the closest material, closer than the next story's passage that merely shares the question's
 * words (the final beside the semi-final the question asks about). Pure.
 */
export const storiesTogether = (hits: readonly PassageHit[]): PassageHit[] => storiesTogetherBy(hits);
