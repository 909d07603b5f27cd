import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

describe('the wire lexicon joins foreign and its Arabic forms', () => {
  it.each(['أجنبي', 'الأجنبية', 'الأجانب'])('joins %s to foreign', (written) => {
    expect(lexiconJoins('foreign', analyseText(written)[0] as string)).toBe(true);
  });
});
