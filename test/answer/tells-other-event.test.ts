import { describe, expect, it } from 'vitest';
import { tellsOtherEvent } from '../../src/answer/tells-other-event.js';

// Sentences written for this test.
describe('near misses: another event of the contest than the one asked', () => {
  it('tells a passage of other events only, in either language', () => {
    expect(tellsOtherEvent('who won the squash doubles?', ['Kuwait won silver in the team event of the Gulf Squash Championship.'])).toBe(true);
    expect(tellsOtherEvent('منو فاز بالفردي في بطولة الاسكواش؟', ['أحرز منتخب الكويت الفضية في منافسات الفرق.'])).toBe(true);
    expect(tellsOtherEvent('who won the vault in Cairo?', ['He won bronze on the rings in Cairo.'])).toBe(true);
    expect(tellsOtherEvent('منو فاز على جهاز الحلق؟', ['أحرز اللاعب برونزية حصان القفز.'])).toBe(true);
  });

  it('leaves a passage telling the event asked, or no event at all, and a question naming none', () => {
    expect(tellsOtherEvent('who won the squash doubles?', ['Kuwait won the doubles and the team event.'])).toBe(false);
    expect(tellsOtherEvent('who won the squash doubles?', ['Kuwait won two golds at the Gulf Squash Championship.'])).toBe(false);
    expect(tellsOtherEvent('who won gold in Cairo?', ['He won bronze on the rings in Cairo.'])).toBe(false);
    expect(tellsOtherEvent('how many were hurt on the third floor?', ['He won bronze on the rings.'])).toBe(false);
  });
});
