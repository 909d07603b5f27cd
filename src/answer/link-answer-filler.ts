import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { splitSentences } from './find-speaker.js';

/** Number words of both languages, as the analyser leaves them. */
const NUMBER_WORDS = new Set(
  [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty',
    'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half', 'third', 'quarter',
    'واحد', 'اثنين', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عشرات', 'مئة', 'مائة', 'مئات', 'ألف', 'آلاف', 'مليون',
    'ملايين', 'مليار', 'مليارات', 'نصف', 'ربع', 'ثلث',
  ].flatMap((word) => analyseText(word)),
);

/** Whether an analysed token is a figure: digits, or a number word. */
export const isNumberToken = (token: string) => /\d/.test(token) || NUMBER_WORDS.has(token);

/** Units a figure carries ("120 million dinars", "35 millimetres", "1.1 percent"): part of the figure, not words between it and what it measures. */
const UNITS = new Set(
  [
    'dinar', 'dinars', 'dollar', 'dollars', 'usd', 'kd', 'riyal', 'riyals', 'euro', 'euros', 'percent', 'pct', 'point', 'points', 'metre', 'metres',
    'meter', 'meters', 'kilometre', 'kilometres', 'km', 'millimetre', 'millimetres', 'mm', 'tonne', 'tonnes', 'ton', 'tons', 'barrel', 'barrels',
    'دينار', 'دنانير', 'دولار', 'ريال', 'يورو', 'المئة', 'نقطة', 'متر', 'أمتار', 'كيلومتر', 'كيلومترا', 'ملليمتر', 'ملليمترا', 'طن', 'أطنان', 'برميل',
  ].flatMap((word) => analyseText(word)),
);
const isFigurePart = (token: string) => isNumberToken(token) || UNITS.has(token);

/** Whether a figure (a run of numbers and their units) starts at `i` and ends within NEAR tokens of one of `at`. */
function figureNear(tokens: readonly string[], i: number, at: readonly number[]): boolean {
  if (!isNumberToken(tokens[i] as string)) return false;
  let end = i;
  while (end + 1 < tokens.length && isFigurePart(tokens[end + 1] as string)) end += 1;
  return at.some((p) => p >= i - NEAR && p <= end + NEAR);
}

/** A duration given by its end ("would last until Saturday evening", "تستمر حتى صباح الجمعة"): "how long" is answered so too. */
const UNTIL = /\b(?:until|till|through)\s+(?:\w+\s+){0,2}?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|morning|evening|noon|midnight|next|the end|\d)|حتى\s+(?:\S+\s+){0,1}?(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|صباح|مساء|ظهر|منتصف|نهايه|الغد|غد|\d)/iu;

/** How many analysed tokens may stand between a figure and what it measures ("visibility to less than 500 metres", "41 ألف طالب"). */
const NEAR = 3;

/**
 * Whether a passage holds the fact asked for where it belongs: one sentence holds a filler of the
 * asked type (a date for "when", a cause for "why" …) and names a concept the question asks about
 * (`linkedAt`: the positions in a sentence's analysed tokens where one stands); for "how many" the
 * figure (with its units: "120 million dinars") stands within NEAR tokens of it, unless the sentence gives an end ("until Saturday": how long). A near miss fails here: the school's "dozens killed" does
 * not count the displaced it shelters, the day a law was approved is not the day it takes effect.
 * Pure.
 */
export function linksAnswerFiller(text: string, type: AnswerType, linkedAt: (tokens: readonly string[]) => number[]): boolean {
  return splitSentences(text).some((sentence) => {
    const until = type === 'number' && UNTIL.test(normaliseArabic(sentence));
    if (!holdsAnswerType(sentence, type) && !until) return false;
    const tokens = analyseText(sentence);
    const at = linkedAt(tokens);
    if (at.length === 0) return false;
    if (type !== 'number' || until) return true;
    return tokens.some((_, i) => figureNear(tokens, i, at));
  });
}
