import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

/** [the reader's word, the word the other-language wire writes] */
const PAIRS = [
  ['contest', 'مسابقة'],
  ['pictures', 'الصور'],
  ['waves', 'الأمواج'],
  ['parents', 'أولياء الأمور'],
  ['winner', 'الفائز'],
  ['callers', 'المتصلين'],
  ['sanctions', 'العقوبات'],
  ['underwater', 'تحت الماء'],
  ['mens', 'للرجال'],
  ["men's", 'الرجال'],
  ['man', 'رجل'],
] as const;

describe('the wire lexicon joins contests, pictures, waves, parents, winners, callers, sanctions, underwater and men across languages', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written).at(-1) as string)).toBe(true);
  });
});
