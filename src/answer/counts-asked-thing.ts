import { analyseText } from '../text/analyse-text.js';
import { splitSentences } from './find-speaker.js';
import { figureDistance, NEAR } from './link-answer-filler.js';
import type { Concept } from './weigh-concepts.js';

/**
 * "how many" and the words after it. Not `كم`: the word after it is as often a verb (`كم بلغت`, `كم تبلغ
 * سرعة`) or a word the wire writes another way as what is counted.
 */
const HOW_MANY = /\bhow\s+many\s+((?:[\p{L}'-]+\s*){1,2})/iu;

/** The analysed word an English "how many" question counts ("how many books" → book), if it names one. Pure. */
export function countedWord(question: string): string | undefined {
  const match = HOW_MANY.exec(question);
  return match ? analyseText(match[1] ?? '')[0] : undefined;
}

/**
 * Whether a passage counts the thing asked: one of its sentences has a figure within NEAR tokens of
 * the counted concept ("96,000 visitors", or in Arabic copy `96 ألف زائر`). Asked how many books were sold, "a book
 * fair with 210 publishers" counts publishers. Pure.
 */
export function countsAskedThing(text: string, counted: Concept): boolean {
  return splitSentences(text).some((sentence) => {
    const tokens = analyseText(sentence);
    const at: number[] = [];
    for (const phrase of counted.group) {
      if (phrase.length === 0) continue;
      for (let i = 0; i + phrase.length <= tokens.length; i += 1) if (phrase.every((token, k) => tokens[i + k] === token)) at.push(i);
    }
    return at.length > 0 && figureDistance(tokens, at) <= NEAR;
  });
}
