import { normaliseArabic } from '../text/analyse-arabic.js';
import type { ParagraphRepeat } from './dispatch-types.js';

/** Share of shared words (Jaccard) above which a paragraph counts as repeating an earlier one. */
const REPEAT_THRESHOLD = 0.8;
/** Paragraphs whose lengths differ more than this cannot reach the threshold; they are not compared. */
const LENGTH_RATIO = 0.6;
/** How many earlier paragraphs each one is compared with: keeps a runaway text linear, and wires repeat within a screen. */
const WINDOW = 64;

function words(text: string): Set<string> {
  return new Set(normaliseArabic(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Paragraphs that repeat an earlier one almost word for word (word-set Jaccard ≥ 0.8 after Arabic
 * normalisation, punctuation and parentheses ignored), as wires do when a desk re-sends a paragraph.
 */
export function findRepeats(paragraphs: readonly string[]): ParagraphRepeat[] {
  const sets: Array<Set<string> | undefined> = [];
  const wordsOf = (index: number) => (sets[index] ??= words(paragraphs[index] as string));
  const repeats: ParagraphRepeat[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (let of = Math.max(0, paragraph - WINDOW); of < paragraph; of += 1) {
      const other = (paragraphs[of] as string).length;
      if (Math.min(other, text.length) / Math.max(other, text.length) < LENGTH_RATIO) continue;
      const current = wordsOf(paragraph);
      if (current.size < 4) return;
      const earlier = wordsOf(of);
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
