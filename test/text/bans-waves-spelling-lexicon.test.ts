import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

/** [the reader's word, the word the other-language wire writes] */
const PAIRS = [
  ['banned', 'ممنوعة'],
  ['prohibited', 'ممنوع'],
  ['waves', 'الأمواج'],
  ['spelling', 'التهجئة'],
  ['spelling', 'الإملاء'],
] as const;

describe('the wire lexicon joins a ban, waves and spelling across languages', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written).at(-1) as string)).toBe(true);
  });
});
