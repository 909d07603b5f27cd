import { analyseText } from '../text/analyse-text.js';
import { splitSentences } from './find-speaker.js';
import { CURRENCY_TOKENS } from './currency-words.js';
import { figureDistance, isNumberToken, NEAR } from './link-answer-filler.js';
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
 * The tokens with each amount of money's figure blanked ("KD 5", "420 ألف دينار"): money counts no
 * thing, though it stands by one ("book sales passed 420,000 dinars" counts no books). Money itself asked keeps it.
 */
function withoutMoney(tokens: readonly string[], counted: Concept): string[] {
  if (counted.group.some((phrase) => phrase.some((token) => CURRENCY_TOKENS.has(token)))) return [...tokens];
  const out = [...tokens];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNumberToken(tokens[i] as string)) continue;
    let end = i;
    while (end + 1 < tokens.length && isNumberToken(tokens[end + 1] as string)) end += 1;
    if (CURRENCY_TOKENS.has(tokens[i - 1] ?? '') || CURRENCY_TOKENS.has(tokens[end + 1] ?? '')) out.fill('', i, end + 1);
    i = end;
  }
  return out;
}

/**
 * Whether a passage counts the thing asked: one of its sentences has a figure within NEAR tokens of
 * the counted concept ("96,000 visitors", or in Arabic copy `96 ألف زائر`), not an amount of money.
 * Asked how many books were sold, "a book fair with 210 publishers" counts publishers, and "book
 * sales of 420,000 dinars" counts money. Pure.
 */
export function countsAskedThing(text: string, counted: Concept): boolean {
  return splitSentences(text).some((sentence) => {
    const tokens = withoutMoney(analyseText(sentence), counted);
    const at: number[] = [];
    for (const phrase of counted.group) {
      if (phrase.length === 0) continue;
      for (let i = 0; i + phrase.length <= tokens.length; i += 1) if (phrase.every((token, k) => tokens[i + k] === token)) at.push(i);
    }
    return at.length > 0 && figureDistance(tokens, at) <= NEAR;
  });
}
