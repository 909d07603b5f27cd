import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { correspondingParagraphs, otherVersionParagraph } from '../../src/answer/other-version-paragraph.js';
import type { Concept, Concepts } from '../../src/answer/weigh-concepts.js';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

// Our own sentences: a market report told in both languages; the lexicon has no Arabic form for "okra" or "crate".
const englishParagraphs = [
  'Prices at the central market held steady this week, traders said.',
  'A crate of okra sold for 3 dinars, down from 4 last week.',
  'A kilo of lemons sold for 750 fils.',
];
const arabicLemons: PassageHit = {
  dispatchId: 'ar1', paragraph: 2, text: 'وبيع كيلو الليمون بسعر 750 فلسا.', score: 1, date: '2026-05-02',
  lang: 'ar', agency: 'KUNA', headline: 'استقرار الأسعار في السوق المركزي', dateline: null, urgent: false, storyId: 's1',
};
const okra: Concept = { group: [['okra']], place: false, documents: 1, critical: true, entity: false };
const crate: Concept = { group: [['crate']], place: false, documents: 1, critical: true, entity: false };
const concepts = (...list: Concept[]): Concepts => ({ list, total: 10, missing: [] });
const english = ['Central market prices steady', ...englishParagraphs].join('\n');

describe('correspondingParagraphs', () => {
  it('aligns a passage with the paragraph that shares its figures', () => {
    expect(correspondingParagraphs(arabicLemons.text, 0, englishParagraphs)).toEqual([englishParagraphs[2]]);
  });
  it('falls back on the paragraphs at its position when it tells no figure', () => {
    expect(correspondingParagraphs('وقال التجار إن الأسعار استقرت.', 0, englishParagraphs)).toEqual(englishParagraphs.slice(0, 2));
  });
});

describe('the other version lends a word only through the paragraph that corresponds to the passage', () => {
  it('lends it from anywhere in the story when no corresponding paragraph is given (as before)', () => {
    expect(isRelevant(arabicLemons, { parallel: english }, concepts(okra, crate), false, null)).toBe(true);
  });
  it('does not lend a word that only another paragraph of the other version names', () => {
    const here = otherVersionParagraph(new Map([['e1', { id: 'e1', lang: 'en', storyId: 's1', ingestedAt: '2026-05-02T10:00:00Z', headline: 'Central market prices steady', paragraphs: englishParagraphs } as unknown as Dispatch]]));
    const parallelHere = here('s1', 'ar', arabicLemons.paragraph, arabicLemons.text);
    expect(parallelHere).toContain('lemons');
    expect(parallelHere).not.toContain('okra');
    expect(isRelevant(arabicLemons, { parallel: english, parallelHere }, concepts(okra, crate), false, null)).toBe(false);
  });
});
