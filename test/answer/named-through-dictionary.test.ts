import { describe, expect, it } from 'vitest';
import { namedThroughDictionary } from '../../src/answer/named-through-dictionary.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: an Arabic report that stray dogs caught are put up for adoption, and another paragraph of the story.
const hit = (text: string) => ({
  dispatchId: 'd', paragraph: 1, text, score: 1, date: '2027-01-07', lang: 'ar' as const, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's',
});
const word = (forms: string[], documents: number) => ({ group: forms.map((form) => analyseText(form)), place: false, documents, critical: true, entity: false });
const dogs = word(['dogs', 'كلاب'], 3);
const adopt = { ...word(['adopt', 'تبني'], 2), dictionary: [analyseText('تبني')] };
const judged = { list: [dogs, adopt], total: 40, missing: [] };

describe('a passage names a concept through the dictionary only where it holds its translation', () => {
  it('is named through the dictionary when the passage holds the translation of the asked word', () => {
    expect(namedThroughDictionary(judged)(hit('وأضاف أن الكلاب تطعم وتعقم قبل عرضها للتبني.'), {})).toBe(true);
  });

  it('is not when the passage names only what the lists bridge', () => {
    expect(namedThroughDictionary(judged)(hit('وأضاف أن الكلاب نقلت إلى مركز إيواء في كبد.'), {})).toBe(false);
  });

  it('is not when no concept took the dictionary\'s alternatives', () => {
    const plain = { list: [dogs, word(['adopt'], 2)], total: 40, missing: [] };
    expect(namedThroughDictionary(plain)(hit('وأضاف أن الكلاب تطعم وتعقم قبل عرضها للتبني.'), {})).toBe(false);
  });
});
