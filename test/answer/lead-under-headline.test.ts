import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: a lead that tells a figure in other words than its headline ("consumer prices rose" under "inflation").
const hit = (text: string, paragraph: number, headline: string) => ({
  dispatchId: 'd', paragraph, text, score: 1, date: '2026-03-05', lang: 'en' as const, agency: 'KUNA', headline, dateline: null, urgent: false, storyId: 's',
});
const word = (form: string, documents: number) => ({ group: [analyseText(form)], place: false, documents, critical: true, entity: false });
const concepts = { list: [word('inflation', 2), word('January', 9)], total: 60, missing: [] };
const headline = 'Kuwait annual inflation eases to 1.8 pct in January';
const lead = 'Consumer prices in Kuwait rose 1.8 percent in January from a year earlier, the statistics bureau said on Thursday.';

describe('a lead paragraph under its headline', () => {
  it('is named by what its headline names: the headline sums up the lead', () => {
    expect(isRelevant(hit(lead, 0, headline), { story: `${headline}\n` }, concepts, false, 'number')).toBe(true);
  });

  it('is not, under a headline that does not name it', () => {
    const other = 'Kuwait consumer prices up in January';
    expect(isRelevant(hit(lead, 0, other), { story: `${other}\n` }, concepts, false, 'number')).toBe(false);
  });

  it('lends nothing to a later paragraph that does not go on with the lead', () => {
    const later = 'Food prices rose 3.2 percent in January, the bureau said.';
    expect(isRelevant(hit(later, 1, headline), { story: `${headline}\n${lead}` }, concepts, false, 'number')).toBe(false);
  });
});
