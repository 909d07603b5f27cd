import { analyseText } from '../text/analyse-text.js';
import type { DigestStory } from './digest-types.js';

/** Share of analysed words two summaries have in common above which they say the same thing. */
const SAME = 0.8;

/**
 * A wire re-sends a paragraph almost word for word, sometimes as a dispatch the story grouping did
 * not join: a digest never shows such a near-duplicate twice. A story whose summary repeats an
 * earlier (higher-ranked) one is folded into it, its dispatches cited there.
 */
export function foldRepeatedStories(stories: readonly DigestStory[]): DigestStory[] {
  const kept: Array<{ story: DigestStory; words: Set<string> }> = [];
  for (const story of stories) {
    const words = new Set(analyseText(story.summary));
    const same = kept.find((k) => overlap(k.words, words) >= SAME);
    if (same) same.story = { ...same.story, dispatchIds: [...same.story.dispatchIds, ...story.dispatchIds] };
    else kept.push({ story, words });
  }
  return kept.map((k) => k.story);
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / Math.min(a.size, b.size);
}
