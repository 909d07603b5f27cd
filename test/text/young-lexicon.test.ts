import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

describe('the wire lexicon joins young and الشباب', () => {
  it.each(['young', 'young men'])('joins %s to الشباب', (asked) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText('الشباب')[0] as string)).toBe(true);
  });
});
