import { describe, expect, it } from 'vitest';
import { conceptsNamed, isRelevant, unwritableTopics } from '../../src/answer/judge-relevance.js';
import { spellArabicCounts } from '../../src/answer/spell-arabic-counts.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences. A passage's matcher and spelling are remembered: asked again with other inputs, the answer follows them.
const hit = { dispatchId: 'd', paragraph: 0, text: 'Consumer prices in Kuwait rose 1.8 percent in January from a year earlier.', score: 1, date: '2026-03-05', lang: 'en' as const, agency: 'KUNA', headline: 'Kuwait annual inflation eases in January', dateline: null, urgent: false, storyId: 's' };
const word = (form: string, documents: number) => ({ group: [analyseText(form)], place: false, documents, critical: true, entity: false });
const concepts = { list: [word('inflation', 2), word('January', 9)], total: 60, missing: [] };

describe('a passage judged again with another setting, other concepts or another kind of fact', () => {
  it('is judged on what it is given this time, not on what was remembered', () => {
    const naming = { story: `${hit.headline}\n` };
    const silent = { story: 'Kuwait consumer prices up\n' };
    expect(isRelevant(hit, naming, concepts, false, 'number')).toBe(true);
    expect(isRelevant(hit, silent, concepts, false, 'number')).toBe(false);
    expect(isRelevant(hit, naming, concepts, false, 'number')).toBe(true);
    expect(conceptsNamed(hit, naming, concepts)).toHaveLength(2);
    expect(conceptsNamed(hit, silent, concepts)).toHaveLength(1);
    expect(conceptsNamed(hit, naming, { ...concepts, list: [word('January', 9)] })).toHaveLength(1);
    expect(unwritableTopics(hit, naming, concepts)).toEqual([]);
  });

  it('spells an Arabic count for the singular asked each time, the same text asked of another thing', () => {
    const text = 'وعقد المجلس جلستين وكرم سيدتين.';
    expect(spellArabicCounts(text, { group: [analyseText('جلسة')] })).toBe('وعقد المجلس 2 جلسة وكرم سيدتين.');
    expect(spellArabicCounts(text, { group: [analyseText('سيدة')] })).toBe('وعقد المجلس جلستين وكرم 2 سيدة.');
    expect(spellArabicCounts(text, { group: [analyseText('جلسة')] })).toBe('وعقد المجلس 2 جلسة وكرم سيدتين.');
  });
});
