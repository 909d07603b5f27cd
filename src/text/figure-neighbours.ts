import { asciiDigits, numberKey } from '../dispatch/find-number-keys.js';
import { analyseText } from './analyse-text.js';

/** A figure, once its digits are ASCII: `,`/`٬` thousands, `.`/`٫`/`ر` decimals (`12ر6` is 12.6). */
const FIGURE = /(\d+(?:[,٬]\d{3})*)(?:[.٫ر](\d+))?/gu;

/** Words looked at after a figure for the first that analyses to a token (`0ر15 في المئة`: `في` is none). */
const LOOK_AHEAD = 3;

/** A year: what follows it is the sentence going on, not what it counts. */
const YEAR = /^(?:19|20)\d\d$/;

/** The first analysed token of the next few words, unless another figure comes first. */
function wordAfter(rest: string): string | undefined {
  for (const word of rest.split(/\s+/).filter(Boolean).slice(0, LOOK_AHEAD)) {
    if (/\d/.test(word)) return undefined;
    const token = analyseText(word)[0];
    if (token !== undefined) return token;
  }
  return undefined;
}

/**
 * The analysed word right after each figure of a text, by the figure's key: what the figure
 * counts (`12.6 points` and `12ر6 نقطة` give `12.6` → `point` and `نقط`). A figure is the same in
 * both versions of a story, so the words after it are each other's translation more often than
 * any other two words of the sentence. A figure written twice keeps its first word; years are
 * left out. Pure.
 */
export function figureNeighbours(text: string): Map<string, string> {
  const found = new Map<string, string>();
  // the same key in both scripts (`8,285.6`, `8285ر6`: `8285.6`; see numberKey); folding digits keeps every position
  const ascii = asciiDigits(text);
  for (const match of ascii.matchAll(FIGURE)) {
    const key = numberKey(match[1] as string, match[2]);
    if (found.has(key)) continue;
    if (YEAR.test(key)) continue;
    const word = wordAfter(ascii.slice((match.index ?? 0) + match[0].length));
    if (word !== undefined) found.set(key, word);
  }
  return found;
}
