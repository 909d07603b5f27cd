import { describe, expect, it } from 'vitest';
import { countsPeople } from '../../src/answer/counts-people.js';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: a family park's first day told as a count of visitors, and its ticket price.
const concept = (word: string, documents: number) => ({ group: [analyseText(word)], place: false, documents, critical: true, entity: false });
const hit = (text: string, lang: 'en' | 'ar' = 'en') => ({
  dispatchId: 'd', paragraph: 0, text, score: 1, date: '2026-03-20', lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's',
});

describe('countsPeople: "how many people" names no role to stand by the figure', () => {
  it.each([
    ['how many ppl went to the family park on the first day?', true],
    ['How many people attended the closing night?', true],
    ['so how many guys got arrested at the checkpoint?', true],
    ['كم واحد زار المتنزه أمس؟', true],
    ['كم شخص تبرع بالدم؟', true],
    ['how many rides opened at the park?', false],
    ['كم لعبة جديدة في المتنزه؟', false],
  ])('%s → %s', (question, expected) => {
    expect(countsPeople(question)).toBe(expected);
  });

  it('takes the Gulf "كم واحد" for the slot the count fills, not a topic (one, Sunday)', () => {
    const question = 'كم واحد زار المتنزه؟';
    const concepts = weighConcepts(expandQuery(question), question, undefined, 10, 'number');
    expect(concepts.peopleCounted).toBe(true);
    expect(concepts.list.filter((c) => c.critical).map((c) => c.group[0]?.join(' '))).not.toContain(analyseText('واحد').join(' '));
  });
});

describe('isRelevant: people counted by the role the wire gives them', () => {
  const list = [concept('went', 1), concept('family', 2), concept('park', 1)];

  it('answers "how many people went to the family park" from a count of visitors', () => {
    const visited = hit('About 9,000 people visited the family park on Friday as three new rides opened.');
    expect(isRelevant(visited, {}, { list, total: 40, missing: [], peopleCounted: true }, false, 'number')).toBe(true);
    // without the count of people read as such, the figure stands by no word asked
    expect(isRelevant(visited, {}, { list, total: 40, missing: [] }, false, 'number')).toBe(false);
  });

  it('takes no amount of money or length of time for a count of people', () => {
    const concepts = { list, total: 40, missing: [], peopleCounted: true };
    expect(isRelevant(hit('A ticket to the family park costs KD 4 this Eid, the management said.'), {}, concepts, false, 'number')).toBe(false);
    expect(isRelevant(hit('The family park will stay open for 10 hours a day over the holiday.'), {}, concepts, false, 'number')).toBe(false);
  });
});
