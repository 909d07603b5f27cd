import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

/** [the reader's word, the word the other-language wire writes] */
const PAIRS = [
  ['envoy', 'المندوب الدائم'],
  ['baskets', 'السلال الغذائية'],
  ['iftar', 'الفطور'],
] as const;

describe('the wire lexicon joins envoys, food baskets and the iftar meal across languages', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written)[0] as string)).toBe(true);
  });

  it('reads "sign up" as registration (التسجيل), not as signing', () => {
    expect(expandQuery('when can I sign up for the course?').groups[0]).toContainEqual([analyseText('التسجيل')[0]]);
  });
});
