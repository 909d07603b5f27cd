import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import { toldInOneLanguage } from '../../src/answer/told-in-one-language.js';
import { judgedWithoutMissing } from '../../src/answer/missing-in-language.js';
import type { Concepts } from '../../src/answer/weigh-concepts.js';

// Our own stories: s1 filed in both languages, s2 in Arabic only.
const dispatch = (storyId: string, lang: 'ar' | 'en'): Dispatch =>
  ({ id: `${storyId}-${lang}`, storyId, lang, headline: '', paragraphs: [], source: 'wire', sourceIndex: 0, ingestedAt: '2026-03-20T10:00:00Z' }) as unknown as Dispatch;
const hit = (storyId: string, lang: 'ar' | 'en') => ({ dispatchId: `${storyId}-${lang}`, paragraph: 0, text: '', score: 1, date: '2026-03-20', lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId });

const concept = (group: string[][], documents: number) => ({ group, place: false, documents, critical: true, entity: false });
const asked: Concepts = { list: [concept([['kitesurf']], 0), concept([['championship'], ['بطول']], 2)], total: 10, missing: ['kitesurf'] };

describe('a word no dispatch holds, asked of a story told in one language only', () => {
  it('tells a story read in the passage\'s language only from one read in both', () => {
    const oneLanguage = toldInOneLanguage(new Map([dispatch('s1', 'ar'), dispatch('s1', 'en'), dispatch('s2', 'ar')].map((d) => [d.id, d])));
    expect(oneLanguage(hit('s2', 'ar'))).toBe(true);
    expect(oneLanguage(hit('s1', 'ar'))).toBe(false);
  });

  it('lets a passage that cannot write the word be judged without it when a kind of fact is asked', () => {
    expect(judgedWithoutMissing(asked, 'person', 'ar', () => false, () => true)).toBe(true);
    // a story the asker's language tells too: the word is what it leaves out
    expect(judgedWithoutMissing(asked, 'person', 'ar', () => false, () => false)).toBe(false);
    // a yes-or-no question asks the missing thing itself
    expect(judgedWithoutMissing(asked, null, 'ar', () => false, () => true)).toBe(false);
    // a passage whose language writes the word does not hold it
    expect(judgedWithoutMissing(asked, 'person', 'en', () => false, () => true)).toBe(false);
  });

});
