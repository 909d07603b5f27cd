import { analyseText } from '../text/analyse-text.js';

/** Analysed words, each once. */
const tokensOf = (words: readonly string[]): string[] => [...new Set(words.flatMap((word) => analyseText(word)))];

/**
 * Children as questions count them ("kids", `أطفال`, the Gulf `ياهل`), and the narrower names the wire
 * counts them by: pupils at school, minors before the law, babies in their first year (closed class, both languages).
 */
const CHILDREN = new Set(tokensOf(['child', 'children', 'kid', 'kids', 'طفل', 'أطفال', 'ياهل', 'يهال', 'عيال']));
const KINDS_OF_CHILDREN = tokensOf(['pupil', 'pupils', 'schoolchild', 'schoolchildren', 'minor', 'minors', 'juvenile', 'juveniles', 'baby', 'babies', 'infant', 'infants', 'newborn', 'newborns', 'تلميذ', 'تلاميذ', 'تلميذا', 'قاصر', 'قاصرا', 'قاصرين', 'قصر', 'رضيع', 'رضيعا', 'رضع', 'مولود', 'مواليد']);

/**
 * The forms of the thing a "how many" question counts, with the narrower names the wire counts it by:
 * asked how many kids, a count of pupils, of minors or of babies counts them ("screened 3,600 primary pupils",
 * "found 23 minors working", "about 70 babies a year are born with"). Other things keep their forms. Pure.
 */
export function withKindsCounted(group: readonly (readonly string[])[]): string[][] {
  const forms = group.map((phrase) => [...phrase]);
  if (!group.some((phrase) => phrase.length === 1 && CHILDREN.has(phrase[0] as string))) return forms;
  const held = new Set(group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]));
  return [...forms, ...KINDS_OF_CHILDREN.filter((kind) => !held.has(kind)).map((kind) => [kind])];
}
