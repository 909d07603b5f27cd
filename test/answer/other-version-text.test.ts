import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { otherVersionText } from '../../src/answer/other-version-text.js';
import type { Concept, Concepts } from '../../src/answer/weigh-concepts.js';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

// Our own sentences: a chess club tournament told in both languages; the lexicon has no Arabic form for "chess" or "club".
const arabic: PassageHit = {
  dispatchId: 'ar1', paragraph: 1, text: 'وقال أمين السر إن اللاعب خالد المطيري فاز بالبطولة بعد سبعة انتصارات.', score: 1, date: '2026-05-02',
  lang: 'ar', agency: 'KUNA', headline: 'ختام البطولة المحلية', dateline: null, urgent: false, storyId: 's1',
};
const chess: Concept = { group: [['chess']], place: false, documents: 1, critical: true, entity: false };
const club: Concept = { group: [['club']], place: false, documents: 1, critical: true, entity: false };
const tournament: Concept = { group: [['tournament'], ['بطول']], place: false, documents: 8, critical: true, entity: false };
const concepts = (...list: Concept[]): Concepts => ({ list, total: 10, missing: [] });
const english = 'Chess club tournament ends in Kuwait\nThe national chess club tournament ended on Saturday with twelve players.';

describe('the story’s version in the other language bridges a topic the passage’s language cannot write', () => {
  it('judges the passage on the topics its parallel text names', () => {
    expect(isRelevant(arabic, { parallel: english }, concepts(chess, club, tournament), false, null)).toBe(true);
  });

  it('without it, most of what is asked has no form in Arabic and the passage is not judged', () => {
    expect(isRelevant(arabic, {}, concepts(chess, club, tournament), false, null)).toBe(false);
  });

  it('a parallel text about another thing bridges nothing', () => {
    expect(isRelevant(arabic, { parallel: 'The national football league ended on Saturday.' }, concepts(chess, club, tournament), false, null)).toBe(false);
  });

  it('never stands in for a topic the passage’s language writes and the passage does not name', () => {
    const prize: Concept = { group: [['prize'], ['جائز']], place: false, documents: 1, critical: true, entity: false };
    expect(isRelevant(arabic, { parallel: `${english} The winner took a cash prize.` }, concepts(prize, tournament), false, null)).toBe(false);
  });
});

const dispatch = (id: string, lang: 'ar' | 'en', storyId: string, ingestedAt: string, headline: string): Dispatch =>
  ({ id, lang, storyId, ingestedAt, headline, paragraphs: [`${headline} (body)`] }) as unknown as Dispatch;

describe('otherVersionText', () => {
  const read = new Map(
    [
      dispatch('e2', 'en', 's1', '2026-05-02T12:00:00Z', 'Update two'),
      dispatch('e1', 'en', 's1', '2026-05-02T10:00:00Z', 'First filing'),
      dispatch('a1', 'ar', 's1', '2026-05-02T09:00:00Z', 'الخبر'),
      dispatch('e9', 'en', 's2', '2026-05-02T09:00:00Z', 'Another story'),
    ].map((d) => [d.id, d]),
  );
  it('gives an Arabic passage its story’s English versions, earliest first, and nothing of other stories', () => {
    const text = otherVersionText(read)('s1', 'ar');
    expect(text.indexOf('First filing')).toBeLessThan(text.indexOf('Update two'));
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('الخبر');
  });
  it('gives nothing for a story read in one language only', () => {
    expect(otherVersionText(read)('s2', 'en')).toBe('');
  });
});
