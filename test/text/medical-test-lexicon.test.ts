import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins, loadWireLexicon, matchConceptAt } from '../../src/text/wire-lexicon.js';

/** [the reader's word, the word the other-language wire writes] */
const PAIRS = [
  ['test', 'فحص'],
  ['tests', 'الفحوصات'],
  ['examination', 'الفحص'],
  ['test', 'اختبار'],
  ['exams', 'الامتحانات'],
  ['screening', 'فحص'],
] as const;

describe('the wire lexicon reads a test in both its senses, a school’s and a clinic’s', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written).at(-1) as string)).toBe(true);
  });

  it('the clinic’s word, asked in Arabic, still finds the English copy’s screening and check-up', () => {
    const tokens = analyseText('فحص');
    const concept = matchConceptAt(tokens, 0);
    const forms = loadWireLexicon().concepts.get(concept?.id ?? '') ?? [];
    expect(forms).toEqual(expect.arrayContaining(['screening', 'checkup', 'test']));
  });
});
