import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

/** [the reader's word, the word the Arabic wire writes of what a place or a service will do: فتح's and أغلق's imperfect and future, فتح's noun] */
const PAIRS = [
  ['open', 'تفتح'],
  ['opens', 'ستفتح'],
  ['opening', 'فتح'],
  ['opened', 'يفتح'],
  ['close', 'يغلق'],
  ['closes', 'ستغلق'],
  ['closing', 'تغلق'],
] as const;

describe('the wire lexicon joins opening and closing to the verbs the Arabic wire tells hours and days with', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written)[0] as string)).toBe(true);
  });
});
