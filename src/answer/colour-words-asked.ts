import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { COLOUR_AR, COLOUR_EN, kindAsked } from './misses-kind-asked.js';

/**
 * The analysed tokens of a question's colour words ("what colour was the fireball", `شنو لونها`) when it asks a colour (see
 * kindAsked): the wire writes the colour ("a bright green fireball", `كرة نارية خضراء`), never the word, and a story writing
 * none is a near miss (see missesKindAsked), so the word is never a topic a passage must name, however many dispatches hold
 * it or a word spelt like it ("coolers"). Pure.
 */
export function colourWordsAsked(question: string): Set<string> {
  if (kindAsked(question)?.sort !== 'colour') return new Set();
  const words = normaliseArabic(question).split(/[\s؟?!.,،()]+/u);
  return new Set(words.filter((word) => COLOUR_EN.test(word) || COLOUR_AR.test(` ${word} `)).flatMap((word) => analyseText(word)));
}
