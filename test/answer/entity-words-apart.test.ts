import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: a silver price written "the price of 999 silver", and a fair named with its season between its words.
const hit = (text: string, lang: 'en' | 'ar') => ({
  dispatchId: 'd', paragraph: 0, text, score: 1, date: '2026-04-02', lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's',
});
const named = (forms: string[], documents: number) => ({ group: forms.map((form) => analyseText(form)), place: false, documents, critical: true, entity: true });
const word = (form: string, documents: number) => ({ group: [analyseText(form)], place: false, documents, critical: true, entity: false });

describe('a named thing of several words written apart or turned round', () => {
  const silver = { list: [named(['silver price', 'سعر الفضة'], 2), word('999', 3)], total: 40, missing: [] };

  it('finds "silver price" in "the price of 999 silver", and not from its words far apart', () => {
    expect(isRelevant(hit('The price of 999 silver in Kuwait eased to KD 0.410 a gram on Thursday.', 'en'), {}, silver, false, 'number')).toBe(true);
    expect(isRelevant(hit('Shops sold 999 silver jewellery briskly before the holiday, and the price of gold rose to KD 31 a gram.', 'en'), {}, silver, false, 'number')).toBe(false);
  });

  it('finds `معرض الكتاب` in `معرض الربيع للكتاب`', () => {
    const fair = { list: [named(['معرض الكتاب', 'book fair'], 2), word('زائر', 2)], total: 40, missing: [] };
    expect(isRelevant(hit('اختتم معرض الربيع للكتاب أعماله بعد أن استقبل نحو 50 ألف زائر.', 'ar'), {}, fair, false, 'number')).toBe(true);
  });
});

describe('a named thing written apart is where the fact is tied to it', () => {
  it('ties a cause to "silver price" written "the price of 999 silver"', () => {
    const silver = { list: [named(['silver price', 'سعر الفضة'], 2)], total: 40, missing: [] };
    expect(isRelevant(hit('The price of 999 silver in Kuwait eased to KD 0.395 a gram on Monday after world prices dropped.', 'en'), {}, silver, false, 'reason')).toBe(true);
  });
});
