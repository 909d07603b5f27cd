import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: a later paragraph tells a fact of the story its headline and lead name, without naming it again.
const headline = 'Post office opens parcel lockers';
const hit = (text: string, paragraph: number, title = headline) => ({
  dispatchId: 'd', paragraph, text, score: 1, date: '2026-03-05', lang: 'en' as const, agency: 'KUNA', headline: title, dateline: null, urgent: false, storyId: 's',
});
const word = (form: string, documents: number) => ({ group: [analyseText(form)], place: false, documents, critical: true, entity: false });
const lead = 'The post office on Sunday opened parcel lockers at 40 co-operative societies across the country.';
const story = { story: `${headline}\n${lead}` };
// "Do you pay a charge to use the lockers?"
const concepts = { list: [word('lockers', 1), word('charge', 2)], total: 60, missing: [] };

describe('a later paragraph of its dispatch', () => {
  it('takes the topics its headline names when it names the rarest topic asked beyond them', () => {
    const later = 'Collection is free of charge for the first month, the director said.';
    expect(isRelevant(hit(later, 2), story, concepts, false, null)).toBe(true);
  });

  it('takes nothing when it names only what the story names: it tells another fact of the story', () => {
    const later = 'The lockers will reach 60 more societies next year, the director said.';
    expect(isRelevant(hit(later, 2), story, concepts, false, null)).toBe(false);
  });

  it('takes nothing when it names a commoner word asked but not the rarest one beyond its story', () => {
    const wider = { ...concepts, list: [...concepts.list, word('night', 8), word('staff', 10), word('month', 12)] };
    const later = 'Staff will work at night in the first month, the director said.';
    expect(isRelevant(hit(later, 2), story, wider, false, null)).toBe(false);
  });

  it('takes nothing from a story that does not name the topic', () => {
    const later = 'Collection is free of charge for the first month, the director said.';
    const other = 'Post office extends its hours';
    expect(isRelevant(hit(later, 2, other), { story: `${other}\nThe post office will open until 9 p.m. from Sunday.` }, concepts, false, null)).toBe(false);
  });

  it('takes only what the headline names: the lead may tell other facts of the story', () => {
    const later = 'Collection is free of charge for the first month, the director said.';
    const other = 'Post office adds a service at co-operative societies';
    expect(isRelevant(hit(later, 2, other), { story: `${other}\n${lead}` }, concepts, false, null)).toBe(false);
  });
});
