import type { ParagraphRepeat } from './dispatch-types.js';

/** Share of shared words (Jaccard) above which a paragraph counts as repeating an earlier one. */
const REPEAT_THRESHOLD = 0.8;

function words(text: string): Set<string> {
  const folded = text
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return new Set(folded.split(' ').filter(Boolean));
}

/** Paragraphs that repeat an earlier one almost word for word, as wires do when a desk re-sends a paragraph. */
export function findRepeats(paragraphs: readonly string[]): ParagraphRepeat[] {
  const sets = paragraphs.map(words);
  const repeats: ParagraphRepeat[] = [];
  sets.forEach((current, paragraph) => {
    if (current.size < 4) return;
    for (let of = 0; of < paragraph; of += 1) {
      const earlier = sets[of] as Set<string>;
      let shared = 0;
      for (const word of current) if (earlier.has(word)) shared += 1;
      if (shared / (current.size + earlier.size - shared) >= REPEAT_THRESHOLD) {
        repeats.push({ paragraph, of });
        return;
      }
    }
  });
  return repeats;
}
