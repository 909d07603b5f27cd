import { describe, expect, it } from 'vitest';
import { countsAskedThing } from '../../src/answer/counts-asked-thing.js';
import { countsOtherThing } from '../../src/answer/counts-other-thing.js';
import { analyseText } from '../../src/text/analyse-text.js';

const concept = (word: string) => ({ group: [analyseText(word)], place: false, documents: 1, critical: true, entity: false });
const visitors = concept('visitors');

/** Whether the first figure of a sentence counts another thing than `asked`. */
function firstFigureOther(sentence: string, asked = visitors): boolean {
  const tokens = analyseText(sentence);
  const at = tokens.findIndex((token) => /\d/.test(token));
  let end = at;
  while (/\d/.test(tokens[end + 1] ?? '')) end += 1;
  return countsOtherThing(tokens, at, end, asked);
}

describe('a figure of money or of a measure counts no thing', () => {
  it('takes a share, a length or a weight for no count of what stands by it', () => {
    expect(firstFigureOther('Visitors to the reserve rose 12 per cent this winter.')).toBe(true);
    expect(firstFigureOther('Visitor numbers rose 3.5 percent on last year.')).toBe(true);
    expect(firstFigureOther('The visitors walked a 900-metre trail.')).toBe(true);
    expect(firstFigureOther('ارتفع عدد الزوار 12 في المئة هذا الشتاء', concept('الزوار'))).toBe(true);
    expect(firstFigureOther('The crew cleared 40 tonnes of sand.', concept('crews'))).toBe(true);
  });

  it('keeps a plain count, and a measure whose unit is asked', () => {
    expect(firstFigureOther('The reserve had 1,200 visitors this winter.')).toBe(false);
    expect(firstFigureOther('The trail is 900 metres long.', concept('metres'))).toBe(false);
  });

  it('does not count visitors by their rise in per cent', () => {
    expect(countsAskedThing('Visitors to the reserve rose 12 per cent this winter.', visitors)).toBe(false);
    expect(countsAskedThing('Some 1,200 visitors came, 12 per cent more than last winter.', visitors)).toBe(true);
  });
});
