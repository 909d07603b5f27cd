import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

/** [the reader's word, the word the other-language wire writes] */
const PAIRS = [
  ['labourers', 'العمال'],
  ['illegally', 'بشكل مخالف'],
  ['medicine', 'كلية الطب'],
  ['landmarks', 'المعالم'],
  ['entry', 'الدخول'],
  ['catch', 'ضبط'],
] as const;

describe('the wire lexicon joins labourers, illegal work, medicine, landmarks, entry and catching across languages', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written).at(-1) as string)).toBe(true);
  });
});
