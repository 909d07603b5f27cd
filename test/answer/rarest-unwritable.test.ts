import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import type { Concept, Concepts } from '../../src/answer/weigh-concepts.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

// Our own sentences. The rarest word asked has no form in the passage's language, and no other version of its story
// names it: the passage may leave out just that word, so it must name every other topic asked itself, not most of their weight.
const hit = (text: string, lang: 'ar' | 'en'): PassageHit => ({
  dispatchId: 'd1', paragraph: 0, text, score: 1, date: '2026-03-10', lang, agency: 'KUNA', headline: text, dateline: null, urgent: false, storyId: 's1',
});
const concept = (group: string[][], documents: number, asking = false): Concept => ({ group, place: false, documents, critical: true, entity: false, ...(asking ? { asking } : {}) });
const concepts = (...list: Concept[]): Concepts => ({ list, total: 100, missing: [] });

const cases = [
  {
    // "who repaired the lighthouse lamp at the harbour": no Arabic form listed for "lighthouse".
    asked: [concept([['lighthouse']], 1), concept([['lamp'], ['مصباح']], 3), concept([['harbour'], ['ميناء']], 40)],
    lang: 'ar' as const,
    elsewhere: 'أصلحت فرق البلدية مصباح الشارع الرئيسي اليوم الثلاثاء.',
    there: 'أصلحت فرق البحرية مصباح المنارة في الميناء اليوم الثلاثاء.',
  },
  {
    // `كم سعر تذكرة القطار الجبلي إلى المحطة`: no English form listed for `جبلي` (mountain).
    asked: [concept([['جبلي']], 1), concept([['تذكر'], ['ticket']], 3), concept([['محط'], ['station']], 40)],
    lang: 'en' as const,
    elsewhere: 'A single bus ticket will cost 250 fils from Sunday, the transport company said.',
    there: 'A ticket from the valley station to the summit will cost 3 dinars, the operator said.',
  },
];

describe.each(cases)('a passage in $lang whose language cannot write the rarest topic asked names every other topic', ({ asked, lang, elsewhere, there }) => {
  it('one that names the commoner topic alone does not answer', () => {
    expect(isRelevant(hit(elsewhere, lang), {}, concepts(...asked), false, null)).toBe(false);
  });
  it('one that names every other topic still answers', () => {
    expect(isRelevant(hit(there, lang), {}, concepts(...asked), false, null)).toBe(true);
  });
  it('a word of the asking left out does not count against it', () => {
    const tell = concept([['tell'], ['قال']], 60, true);
    expect(isRelevant(hit(there, lang), {}, concepts(...asked, tell), false, null)).toBe(true);
  });
});
